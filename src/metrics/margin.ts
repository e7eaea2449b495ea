/**
 * Gross margin of an order row.
 *
 * margin = amount − cost where the file has a cost for the row; otherwise
 * margin = amount × marginPercent / 100 when the user set a margin percentage; otherwise unknown.
 * A refund row (negative amount) without a cost therefore gives back the same share of margin
 * its revenue carried, which is what a percentage margin means. Ingest never gives refund rows a
 * cost: when the order's purchase row has one, the refund takes the purchase's cost share
 * (cost / amount) of its own amount, so it gives back that order's margin share; an order
 * refunded in full (one row of amount 0) has margin 0.
 */
import type { OrderTable } from './table';
import { purchaseRowOfOrder } from './view';
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

const effectiveCosts = new WeakMap<OrderTable, Float64Array | null>();

/**
 * The cost column with refund rows costed from their order's purchase row: a refund of −a on an
 * order bought for A at cost C costs −a × C / A. A refund row of amount 0 (an order refunded or
 * cancelled in full) costs 0. Other refunds of orders without a costed purchase in the table (or
 * with a purchase amount ≤ 0) keep an unknown cost. Computed once per table.
 */
export function effectiveCost(table: OrderTable): Float64Array | null {
  if (!table.cost) return null;
  const known = effectiveCosts.get(table);
  if (known !== undefined) return known;
  const { cost, amount, isPurchase, orderKey } = table;
  let refundsWithoutCost = 0;
  for (let row = 0; row < table.length; row++) if (!isPurchase[row] && Number.isNaN(cost[row]!)) refundsWithoutCost++;
  let result: Float64Array = cost;
  if (refundsWithoutCost > 0) {
    const purchaseRow = purchaseRowOfOrder(table);
    result = cost.slice();
    for (let row = 0; row < table.length; row++) {
      if (isPurchase[row] || !Number.isNaN(cost[row]!)) continue;
      // A fully refunded or cancelled order is one row of amount 0: nothing sold, nothing earned.
      if (amount[row] === 0) {
        result[row] = 0;
        continue;
      }
      const bought = purchaseRow[orderKey[row]!]!;
      if (bought < 0) continue;
      const boughtAmount = amount[bought]!;
      const boughtCost = cost[bought]!;
      if (boughtAmount > 0 && !Number.isNaN(boughtCost)) result[row] = (amount[row]! * boughtCost) / boughtAmount;
    }
  }
  effectiveCosts.set(table, result);
  return result;
}

export function marginRule(table: OrderTable, settings: Settings): MarginRule {
  const percent = settings.marginPercent !== null && Number.isFinite(settings.marginPercent) ? settings.marginPercent : null;
  const cost = effectiveCost(table);
  const basis: MarginBasis = cost ? (percent === null ? 'cost' : 'cost-and-percent') : percent === null ? 'none' : 'percent';
  return { basis, cost, percent };
}

/** Margin of one row, NaN when it cannot be known (internal marker; results carry null). */
export function rowMargin(table: OrderTable, rule: MarginRule, row: number): number {
  return marginFrom(table.amount[row]!, rule.cost ? rule.cost[row]! : Number.NaN, rule.percent);
}

/** rowMargin from the row's amount and cost (NaN when unknown), for callers that read them in another order. */
export function marginFrom(amount: number, cost: number, percent: number | null): number {
  if (!Number.isNaN(cost)) return amount - cost;
  return percent === null ? Number.NaN : (amount * percent) / 100;
}
