/**
 * Per-customer totals over a filtered view: purchases, net revenue, margin and purchase days.
 * The value, concentration, CAC, RFM and survey metrics all start from these.
 *
 * A customer counts when they have at least one purchase row (isPurchase = 1) among the view's
 * rows up to `upToDay`. Their revenue is the sum of the amounts of all those rows, refunds
 * included (negative), so revenue is net of refunds. Customers with only refund rows in the
 * view are not customers of the view; they are counted in `customersWithoutPurchase`.
 */
import type { OrderView } from './view';
import type { OrderTable } from './table';
import { effectiveCost, marginFrom, type MarginRule } from './margin';
import { sortedCopy } from './sortNumbers';

export interface CustomerTotals {
  /** Customer codes (index into table.customerIds), ascending. */
  readonly customer: Int32Array;
  /** Position of each customer in view.customers (their rows: view.customerStart[position] …). */
  readonly position: Int32Array;
  readonly purchases: Int32Array;
  /** Net revenue: sum of amount over the customer's rows considered (refunds negative). */
  readonly revenue: Float64Array;
  /** Sum of row margins; NaN when any row's margin is unknown (turned into null in results). */
  readonly margin: Float64Array;
  /** First and last purchase day among the rows considered. */
  readonly firstPurchaseDay: Int32Array;
  readonly lastPurchaseDay: Int32Array;
  /** Acquisition: day and row of the first purchase in the whole table (not only the view). */
  readonly acquisitionDay: Int32Array;
  readonly acquisitionRow: Int32Array;
  /** Kept customers with rows up to `upToDay` but no purchase among them (refunds only). */
  readonly customersWithoutPurchase: number;
  /** Rows of the counted customers whose margin is unknown (0 when there is no margin basis at all). */
  readonly rowsWithUnknownMargin: number;
}

const totalsCache = new WeakMap<OrderView, Map<string, CustomerTotals>>();

/**
 * Totals per customer over the view's rows with day ≤ upToDay (default: the whole view).
 * Remembered per view, margin rule and day (the dashboard's metrics ask for the same totals
 * several times); callers must not change the arrays.
 */
export function customerTotals(view: OrderView, rule: MarginRule, upToDay: number = view.lastDay): CustomerTotals {
  const key = `${rule.basis}|${rule.percent}|${upToDay}`;
  let perView = totalsCache.get(view);
  const cached = rule.cost === effectiveCost(view.table) ? perView?.get(key) : undefined;
  if (cached) return cached;
  const totals = computeCustomerTotals(view, rule, upToDay);
  if (rule.cost === effectiveCost(view.table)) {
    if (!perView) totalsCache.set(view, (perView = new Map()));
    perView.set(key, totals);
  }
  return totals;
}

function computeCustomerTotals(view: OrderView, rule: MarginRule, upToDay: number): CustomerTotals {
  const count = view.customers.length;
  const customer = new Int32Array(count);
  const position = new Int32Array(count);
  const purchases = new Int32Array(count);
  const revenue = new Float64Array(count);
  const margin = new Float64Array(count);
  const firstPurchaseDay = new Int32Array(count);
  const lastPurchaseDay = new Int32Array(count);
  const acquisitionDay = new Int32Array(count);
  const acquisitionRow = new Int32Array(count);
  // Day, amount, purchase flag and cost in customer order (view.ts: sequential reads).
  const { day: days, amount, isPurchase, cost: fileCost } = view.columns;
  const rows = view.customerRows;
  const noMargin = rule.basis === 'none';
  const ruleCost = rule.cost;
  // The effective cost (margin.ts) is the file's cost except on rows the file leaves without one,
  // so the copied column serves wherever it has a value; the others are read from the rule's array.
  const copiedCost = fileCost !== null && (ruleCost === view.table.cost || ruleCost === effectiveCost(view.table)) ? fileCost : null;
  let kept = 0;
  let customersWithoutPurchase = 0;
  let rowsWithUnknownMargin = 0;
  for (let i = 0; i < count; i++) {
    const from = view.customerStart[i]!;
    const to = view.customerStart[i + 1]!;
    let bought = 0;
    let sum = 0;
    let marginSum = 0;
    let unknown = 0;
    let first = 0;
    let last = 0;
    let rowsSeen = 0;
    for (let k = from; k < to; k++) {
      const day = days[k]!;
      if (day > upToDay) break; // rows are in day order
      rowsSeen++;
      sum += amount[k]!;
      if (!noMargin) {
        let cost = copiedCost ? copiedCost[k]! : Number.NaN;
        if (ruleCost && Number.isNaN(cost)) cost = ruleCost[rows[k]!]!;
        const rowValue = marginFrom(amount[k]!, cost, rule.percent);
        if (Number.isNaN(rowValue)) unknown++;
        else marginSum += rowValue;
      }
      if (isPurchase[k] === 1) {
        if (bought === 0) first = day;
        last = day;
        bought++;
      }
    }
    if (bought === 0) {
      if (rowsSeen > 0) customersWithoutPurchase++;
      continue;
    }
    const code = view.customers[i]!;
    customer[kept] = code;
    position[kept] = i;
    purchases[kept] = bought;
    revenue[kept] = sum;
    margin[kept] = noMargin || unknown > 0 ? Number.NaN : marginSum;
    if (!noMargin) rowsWithUnknownMargin += unknown;
    firstPurchaseDay[kept] = first;
    lastPurchaseDay[kept] = last;
    acquisitionDay[kept] = view.index.firstPurchaseDay[code]!;
    acquisitionRow[kept] = view.index.firstPurchaseRow[code]!;
    kept++;
  }
  // Views (cached) keep only customers with rows, so usually every one counts: no copies then.
  const cut = <T extends Int32Array | Float64Array>(values: T): T => (kept === count ? values : (values.slice(0, kept) as T));
  return {
    customer: cut(customer),
    position: cut(position),
    purchases: cut(purchases),
    revenue: cut(revenue),
    margin: cut(margin),
    firstPurchaseDay: cut(firstPurchaseDay),
    lastPurchaseDay: cut(lastPurchaseDay),
    acquisitionDay: cut(acquisitionDay),
    acquisitionRow: cut(acquisitionRow),
    customersWithoutPurchase,
    rowsWithUnknownMargin,
  };
}

const sortedRevenueCache = new WeakMap<CustomerTotals, Float64Array>();

/**
 * totals.revenue sorted ascending (typed-array order), sorted once per totals: the RFM monetary
 * score, the median CLV and revenue concentration all need it. Callers must not change it.
 */
export function sortedRevenue(totals: CustomerTotals): Float64Array {
  let sorted = sortedRevenueCache.get(totals);
  if (!sorted) sortedRevenueCache.set(totals, (sorted = sortedCopy(totals.revenue)));
  return sorted;
}

/** The label of blank attribute values (same as the cohort breakdown). */
export const BLANK_LABEL = '(blank)';

/**
 * The attribute column named `attribute`: the exact name first, else the one whose name matches
 * ignoring case and surrounding blanks (exports say `Channel`, `channel` or ` CHANNEL `). undefined
 * when there is none or the loose match is ambiguous.
 */
export function findAttribute(table: OrderTable, attribute: string): OrderTable['attributes'][number] | undefined {
  const exact = table.attributes.find((a) => a.name === attribute);
  if (exact) return exact;
  const wanted = attribute.trim().toLowerCase();
  const loose = table.attributes.filter((a) => a.name.trim().toLowerCase() === wanted);
  return loose.length === 1 ? loose[0] : undefined;
}

/**
 * Reads a categorical attribute by row: its value, or '(blank)' for blanks and row −1.
 * null when the table has no such attribute (callers report it rather than guess).
 */
export function attributeReader(table: OrderTable, attribute: string): ((row: number) => string) | null {
  const column = findAttribute(table, attribute);
  if (!column) return null;
  return (row) => {
    const code = row >= 0 ? column.codes[row]! : -1;
    return code >= 0 ? column.values[code]! : BLANK_LABEL;
  };
}
