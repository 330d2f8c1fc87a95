import { fenToDecimal, parseFen, parseYuan } from '../../../lib/money';

/** One row of the decision sheet as far as the budget is concerned. */
export interface DraftDecision {
  /** AWARD draws on the budget; REJECT and untouched rows do not. */
  kind: 'AWARD' | 'REJECT' | 'NONE';
  /** The amount typed for an award (decimal yuan). */
  amount: string;
}

export interface BudgetLeft {
  /** Available less the sum of the valid award amounts, in fen. */
  leftFen: bigint;
  /** The same as a decimal yuan string ("-1200.00" when overspent). */
  left: string;
  /** The sum of the valid award amounts, decimal yuan. */
  awarding: string;
  /** How many awards have an amount that is not a valid amount (left out of the sum). */
  invalid: number;
  /** Whether the awards would spend more than is available. */
  over: boolean;
}

/**
 * The call's budget left while decisions are being edited: the call's
 * available money (from the API, decimal yuan) less every amount being
 * awarded, exactly, in integer fen. Amounts that are not valid (half typed,
 * negative, three decimals) are counted apart rather than guessed at.
 */
export function budgetLeft(available: string, decisions: readonly DraftDecision[]): BudgetLeft {
  let availableFen: bigint;
  try {
    availableFen = parseFen(available);
  } catch {
    availableFen = 0n;
  }
  let awardingFen = 0n;
  let invalid = 0;
  for (const d of decisions) {
    if (d.kind !== 'AWARD') continue;
    const fen = parseYuan(d.amount);
    if (fen === null) invalid++;
    else awardingFen += fen;
  }
  const leftFen = availableFen - awardingFen;
  return { leftFen, left: fenToDecimal(leftFen), awarding: fenToDecimal(awardingFen), invalid, over: leftFen < 0n };
}
