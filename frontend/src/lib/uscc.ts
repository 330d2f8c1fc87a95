/**
 * Unified social credit code (统一社会信用代码, GB 32100-2015) checks done in
 * the browser, so a typo is caught before the form is sent. The server runs
 * the same rules; this copy only exists to give instant feedback.
 */

export const USCC_LENGTH = 18;

/** The 31 allowed characters in value order (I, O, S, V, Z are never used). */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** Weight of position i (1-based) is 3^(i-1) mod 31, for i = 1..17. */
export const USCC_WEIGHTS: readonly number[] = (() => {
  const w: number[] = [];
  let p = 1;
  for (let i = 0; i < USCC_LENGTH - 1; i++) {
    w.push(p);
    p = (p * 3) % 31;
  }
  return w;
})();

export type UsccProblem =
  | { reason: 'empty' }
  | { reason: 'length'; length: number }
  | { reason: 'charset'; position: number; char: string; hint?: 'lowercase' | 'excluded' }
  | { reason: 'authority'; char: string }
  | { reason: 'division'; position: number; char: string }
  | { reason: 'check'; expected: string; actual: string };

/**
 * Folds what people paste into the canonical form: trims white space
 * (including the ideographic space), turns full-width ASCII into half-width
 * and upper-cases letters.
 */
export function normalizeUscc(input: string): string {
  let out = '';
  for (const ch of input.trim()) {
    let code = ch.codePointAt(0) ?? 0;
    if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
    out += String.fromCodePoint(code);
  }
  return out.toUpperCase();
}

function valueOf(ch: string): number {
  return ch.length === 1 ? USCC_ALPHABET.indexOf(ch) : -1;
}

/**
 * Check character for the first 17 characters, or null when they are not
 * 17 characters from the alphabet.
 */
export function usccCheckChar(first17: string): string | null {
  const chars = Array.from(first17);
  if (chars.length !== USCC_LENGTH - 1) return null;
  let sum = 0;
  for (let i = 0; i < chars.length; i++) {
    const v = valueOf(chars[i]);
    if (v < 0) return null;
    sum += v * USCC_WEIGHTS[i];
  }
  return USCC_ALPHABET[(31 - (sum % 31)) % 31];
}

/** Returns null for a valid (canonical) code, otherwise what is wrong with it. */
export function checkUscc(code: string): UsccProblem | null {
  const chars = Array.from(code);
  if (chars.length === 0) return { reason: 'empty' };
  if (chars.length !== USCC_LENGTH) return { reason: 'length', length: chars.length };
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (valueOf(ch) < 0) {
      let hint: 'lowercase' | 'excluded' | undefined;
      if (/^[a-z]$/.test(ch) && valueOf(ch.toUpperCase()) >= 0) hint = 'lowercase';
      else if ('IOSVZ'.includes(ch.toUpperCase()) && /^[A-Za-z]$/.test(ch)) hint = 'excluded';
      return { reason: 'charset', position: i + 1, char: ch, ...(hint ? { hint } : {}) };
    }
  }
  if (chars[0] === '0') return { reason: 'authority', char: chars[0] };
  for (let i = 2; i < 8; i++) {
    if (!/^[0-9]$/.test(chars[i])) return { reason: 'division', position: i + 1, char: chars[i] };
  }
  const expected = usccCheckChar(code.slice(0, USCC_LENGTH - 1));
  if (expected !== null && chars[USCC_LENGTH - 1] !== expected) {
    return { reason: 'check', expected, actual: chars[USCC_LENGTH - 1] };
  }
  return null;
}

/** Builds a valid code from a 17-character prefix (demo and test data). */
export function completeUscc(first17: string): string {
  const c = usccCheckChar(first17);
  if (c === null) throw new Error('uscc: prefix must be 17 characters from the alphabet');
  return first17 + c;
}
