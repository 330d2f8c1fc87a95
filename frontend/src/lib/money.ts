/**
 * Money arrives from the API as a decimal string in yuan ("1234.50",
 * "-3", "0.5"). It is never turned into a float: amounts are parsed into a
 * BigInt number of fen (分) and formatted by string manipulation.
 */

const MONEY_RE = /^([+-])?(\d+)(?:\.(\d{1,2}))?$/;

/** Parses a decimal yuan string into fen. Throws on anything else. */
export function parseFen(amount: string): bigint {
  const m = MONEY_RE.exec(amount.trim());
  if (!m) throw new Error(`invalid money amount: ${JSON.stringify(amount)}`);
  const [, sign, yuan, fen = ''] = m;
  const value = BigInt(yuan) * 100n + BigInt(fen.padEnd(2, '0') || '0');
  return sign === '-' ? -value : value;
}

/** Formats fen as a plain decimal yuan string with two places ("1234.50"). */
export function fenToDecimal(fen: bigint): string {
  const neg = fen < 0n;
  const abs = neg ? -fen : fen;
  const yuan = abs / 100n;
  const rest = (abs % 100n).toString().padStart(2, '0');
  return `${neg ? '-' : ''}${yuan.toString()}.${rest}`;
}

/** Adds decimal yuan strings exactly. */
export function sumMoney(amounts: readonly string[]): string {
  return fenToDecimal(amounts.reduce((acc, a) => acc + parseFen(a), 0n));
}

function groupDigits(digits: string, sep: string): string {
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += sep;
    out += digits[i];
  }
  return out;
}

export interface MoneyFormatOptions {
  /** Show the ¥ sign (default true). */
  symbol?: boolean;
}

/**
 * Formats a decimal yuan string for people: "¥1,234.50", "-¥3.00".
 * Both zh-CN and en use the same grouping (thousands, comma) and the ¥ sign
 * for yuan, so the locale only matters for invalid input text. Returns the
 * input unchanged when it is not a valid amount, so bad data stays visible.
 */
export function formatMoney(
  amount: string | null | undefined,
  options: MoneyFormatOptions = {},
): string {
  if (amount === null || amount === undefined || amount === '') return '';
  let fen: bigint;
  try {
    fen = parseFen(amount);
  } catch {
    return amount;
  }
  const neg = fen < 0n;
  const [yuan, cents] = fenToDecimal(neg ? -fen : fen).split('.');
  const symbol = options.symbol === false ? '' : '¥';
  return `${neg ? '-' : ''}${symbol}${groupDigits(yuan, ',')}.${cents}`;
}

/*
 * Amounts people type (venture grants: a proposal's budget lines, its
 * request and co-funding). Stricter than parseFen: no sign, no exponent, at
 * most two decimals and at most 12 integer digits (under a trillion yuan),
 * which is what the server's Money scalar accepts for an amount someone asks for.
 */

const YUAN_RE = /^(\d{1,12})(?:\.(\d{1,2}))?$/;

/**
 * Parses a non-negative decimal yuan string ("12345.6", "0.05", "100") into
 * fen, or null when it is not one: empty, negative, an exponent, more than
 * two decimals, more than 12 integer digits, grouping commas, a lone dot.
 * Surrounding spaces are ignored.
 */
export function parseYuan(s: string | null | undefined): bigint | null {
  if (typeof s !== 'string') return null;
  const m = YUAN_RE.exec(s.trim());
  if (!m) return null;
  const [, yuan, fen = ''] = m;
  return BigInt(yuan) * 100n + BigInt(fen.padEnd(2, '0'));
}

/**
 * Formats a decimal yuan string as "¥12,345.60" (the same in Chinese and
 * English). Amounts from the API may be negative (a ledger's releases):
 * "-¥3.00". Anything that is not an amount is shown as it came; empty shows as ''.
 */
export function formatYuan(s: string | null | undefined): string {
  return formatMoney(s);
}

/**
 * Adds decimal yuan strings exactly and answers the sum with two decimals
 * ("0.30"). Entries parseYuan refuses (an empty or half-typed budget line)
 * count as nothing; check them with parseYuan where that matters.
 */
export function sumYuan(list: readonly (string | null | undefined)[]): string {
  let fen = 0n;
  for (const s of list) fen += parseYuan(s) ?? 0n;
  return fenToDecimal(fen);
}

/**
 * Compares two decimal yuan strings by value: -1, 0 or 1 ("10" equals
 * "10.00"), or null when either is not an amount parseYuan accepts.
 */
export function compareYuan(a: string | null | undefined, b: string | null | undefined): -1 | 0 | 1 | null {
  const x = parseYuan(a);
  const y = parseYuan(b);
  if (x === null || y === null) return null;
  return x < y ? -1 : x > y ? 1 : 0;
}
