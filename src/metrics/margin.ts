/**
 * Gross margin of an order row.
 *
 * margin = amount − cost where the file has a cost for the row; otherwise
 * margin = amount × marginPercent / 100 when the user set a margin percentage; otherwise unknown.
 * A refund row (negative amount) without a cost therefore gives back the same share of margin
 * its revenue carried, which is what a percentage margin means.
 */
import type { OrderTable } from './table';
import type { Settings } from './settings';

/**
 * Where margin figures come from:
 * - 'cost': the cost column only (rows without a cost have an unknown margin);
 * - 'cost-and-percent': the cost column, and the margin percentage for rows without a cost;
 * - 'percent': the margin percentage (the file has no cost column);
 * - 'none': neither, so every margin figure is null.
 */
export type MarginBasis = 'cost' | 'cost-and-percent' | 'percent' | 'none';

export interface MarginRule {
  readonly basis: MarginBasis;
  readonly cost: Float64Array | null;
  readonly percent: number | null;
}

export function marginRule(table: OrderTable, settings: Settings): MarginRule {
  const percent = settings.marginPercent !== null && Number.isFinite(settings.marginPercent) ? settings.marginPercent : null;
  const cost = table.cost;
  const basis: MarginBasis = cost ? (percent === null ? 'cost' : 'cost-and-percent') : percent === null ? 'none' : 'percent';
  return { basis, cost, percent };
}

/** Margin of one row, NaN when it cannot be known (internal marker; results carry null). */
export function rowMargin(table: OrderTable, rule: MarginRule, row: number): number {
  const amount = table.amount[row]!;
  if (rule.cost) {
    const cost = rule.cost[row]!;
    if (!Number.isNaN(cost)) return amount - cost;
  }
  return rule.percent === null ? Number.NaN : (amount * rule.percent) / 100;
}
