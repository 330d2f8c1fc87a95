/** A rubric criterion as far as the arithmetic is concerned. */
export interface Criterion {
  key: string;
  weight: number;
  maxScore: number;
}

/** The sum of a rubric's weights (rows without a weight count as 0); a rubric is valid at exactly 100. */
export function weightSum(rows: readonly ({ weight?: number | null } | undefined | null)[]): number {
  let sum = 0;
  for (const r of rows) {
    const w = r?.weight;
    if (typeof w === 'number' && Number.isInteger(w)) sum += w;
  }
  return sum;
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/**
 * The weighted total of a review in tenths of a point (0–1000 when the
 * weights sum to 100): the sum of weight × score / maxScore, rounded half up
 * to one decimal once, at the end. Computed with integers only: every term
 * is brought over the least common multiple of the criteria's maximum
 * scores. Criteria without a score count as 0.
 */
export function weightedTotalTenths(
  rubric: readonly Criterion[],
  scores: Readonly<Record<string, number | null | undefined>>,
): number {
  let den = 1;
  for (const c of rubric) if (c.maxScore > 0) den = (den / gcd(den, c.maxScore)) * c.maxScore;
  let num = 0;
  for (const c of rubric) {
    const s = scores[c.key];
    if (c.maxScore <= 0 || typeof s !== 'number' || !Number.isInteger(s)) continue;
    num += c.weight * s * 10 * (den / c.maxScore);
  }
  // Round half up: floor((2·num + den) / (2·den)), exact in integers.
  return Math.floor((2 * num + den) / (2 * den));
}

/** Tenths of a point as "87.5". */
export function formatTenths(tenths: number): string {
  const neg = tenths < 0;
  const abs = Math.abs(tenths);
  return `${neg ? '-' : ''}${Math.floor(abs / 10)}.${abs % 10}`;
}

/** The criteria without a valid score (0..maxScore, whole): what stops handing in. */
export function missingScores(
  rubric: readonly Criterion[],
  scores: Readonly<Record<string, number | null | undefined>>,
): string[] {
  return rubric
    .filter((c) => {
      const s = scores[c.key];
      return typeof s !== 'number' || !Number.isInteger(s) || s < 0 || s > c.maxScore;
    })
    .map((c) => c.key);
}
