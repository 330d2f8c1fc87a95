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
