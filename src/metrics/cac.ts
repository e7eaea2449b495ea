/**
 * Customer acquisition cost by acquisition channel, LTV:CAC and payback months.
 *
 * Definitions (Skok, "SaaS Metrics 2.0", forEntrepreneurs.com, 2013; the same in most
 * e-commerce texts):
 * - New customers of a channel: customers whose first purchase in the whole table lies in the
 *   view's date range, by the channel attribute of that first purchase ('(blank)' when empty).
 * - Spend: spend-file rows whose day (the first day of the period they cover) lies in the same
 *   range, summed by channel; an `entered` total replaces the file's total for its channel and is
 *   taken to cover the same range. Channels are matched ignoring case and surrounding spaces.
 *   A channel present in neither source has spend null (unknown), not 0.
 * - CAC = spend / new customers (null when spend is unknown or there are no new customers).
 *   The overall row is the blended CAC: all known spend / all new customers.
 * - Average CLV = mean historical value to date of the channel's new customers (margin when every
 *   one of them has a known margin, else net revenue; `valueBasis` says which).
 * - LTV:CAC = average CLV / CAC (null when CAC is null or 0).
 * - Payback months = the smallest m ≥ 1 for which the average cumulative value per customer over
 *   the first m months after acquisition (months of 365.2425/12 days) reaches CAC, averaging at
 *   each m over the customers observed for m whole months; null when never within the data.
 *   0 when CAC is 0.
 */
import { applyFilters } from './view';
import type { Filters, Settings } from './settings';
import type { OrderTable } from './table';
import type { SpendTable } from './sideTables';
import { marginRule, rowMargin } from './margin';
import { periodIndex, periodStartDay } from './calendar';
import { attributeReader, BLANK_LABEL, customerTotals, findAttribute } from './customerTotals';

const MONTH_DAYS = 365.2425 / 12;

export interface CacRow {
  channel: string;
  newCustomers: number;
  spend: number | null;
  cac: number | null;
  averageClv: number | null;
  ltvToCac: number | null;
  paybackMonths: number | null;
}

export type SpendSource = 'file' | 'entered' | 'file-and-entered' | 'none';

/**
 * - attribute-missing: the table has no such attribute; every customer is '(blank)'.
 * - spend-not-split-by-filters: a customer filter other than the channel is active; spend cannot be split by it, so CAC is overstated.
 * - margin-incomplete: a margin basis exists but some new customers' margins are unknown, so values use revenue.
 */
export type CacWarning = 'attribute-missing' | 'spend-not-split-by-filters' | 'margin-incomplete';

export interface AcquisitionCost {
  status: 'ok';
  attribute: string;
  fromDay: number;
  toDay: number;
  spendSource: SpendSource;
  valueBasis: 'margin' | 'revenue';
  rows: CacRow[];
  overall: CacRow;
  warnings: CacWarning[];
}

export interface CacOptions {
  /** The attribute naming the acquisition channel; 'channel' by default. */
  attribute?: string;
}

const channelKeys = new Map<string, string>();
/** Channels match ignoring case and surrounding spaces (memoised: called once per customer). */
function channelKey(channel: string): string {
  let key = channelKeys.get(channel);
  if (key === undefined) {
    if (channelKeys.size > 10_000) channelKeys.clear();
    channelKeys.set(channel, (key = channel.trim().toLowerCase()));
  }
  return key;
}

export function acquisitionCost(
  table: OrderTable,
  settings: Settings,
  filters: Filters,
  spend: SpendTable | null,
  entered?: Readonly<Record<string, number>> | null,
  options: CacOptions = {},
): AcquisitionCost | { status: 'empty'; reason: 'no-customers' } {
  const attribute = findAttribute(table, options.attribute ?? 'channel')?.name ?? options.attribute ?? 'channel';
  const view = applyFilters(table, filters);
  const rule = marginRule(table, settings);
  const totals = customerTotals(view, rule);
  if (totals.customer.length === 0) return { status: 'empty', reason: 'no-customers' };
  const warnings: CacWarning[] = [];
  const read = attributeReader(table, attribute);
  if (!read) warnings.push('attribute-missing');
  const otherFilters = (filters.customerIds ?? null) !== null || Object.keys(filters.attributes ?? {}).some((name) => name !== attribute);
  if (otherFilters) warnings.push('spend-not-split-by-filters');

  // New customers by channel (indices into totals).
  const members = new Map<string, { channel: string; customers: number[] }>();
  // Each attribute code's group (blank: the last slot), looked up by its label on first use, so
  // the per-customer loop reads a code instead of building and hashing a string.
  const column = read ? findAttribute(table, attribute) : undefined;
  const groupOfCode = new Array<{ channel: string; customers: number[] } | undefined>(column ? column.values.length + 1 : 1);
  const blankSlot = groupOfCode.length - 1;
  let anyUnknownMargin = false;
  for (let i = 0; i < totals.customer.length; i++) {
    const acquisition = totals.acquisitionDay[i]!;
    if (acquisition < view.firstDay || acquisition > view.lastDay) continue;
    const row = totals.acquisitionRow[i]!;
    const code = column && row >= 0 ? column.codes[row]! : -1;
    const slot = code >= 0 ? code : blankSlot;
    let group = groupOfCode[slot];
    if (!group) {
      const channel = read ? read(row) : BLANK_LABEL;
      const key = channelKey(channel);
      group = members.get(key);
      if (!group) members.set(key, (group = { channel, customers: [] }));
      if (channel < group.channel) group.channel = channel; // one spelling whatever the row order
      groupOfCode[slot] = group;
    }
    group.customers.push(i);
    if (Number.isNaN(totals.margin[i]!)) anyUnknownMargin = true;
  }
  const useMargin = rule.basis !== 'none' && !anyUnknownMargin;
  if (rule.basis !== 'none' && anyUnknownMargin) warnings.push('margin-incomplete');
  const valueOf = (i: number): number => (useMargin ? totals.margin[i]! : totals.revenue[i]!);

  const allowed = filters.attributes?.[attribute];
  const allowedKeys = allowed ? new Set(allowed.map(channelKey)) : null;
  const spendByChannel = new Map<string, { channel: string; amount: number }>();
  const addSpend = (channel: string, amount: number, replace: boolean): void => {
    const key = channelKey(channel);
    if (allowedKeys && !allowedKeys.has(key)) return;
    const prior = spendByChannel.get(key);
    const spelling = prior && prior.channel < channel ? prior.channel : channel;
    spendByChannel.set(key, { channel: spelling, amount: replace || !prior ? amount : prior.amount + amount });
  };
  let fromFile = false;
  // Spend rows are dated the first day of the period they cover. Without a chosen start date the
  // range starts at the first order, usually mid-month: the spend of that month counts from its 1st
  // (in the settings' calendar), or a monthly spend file would lose its first month.
  const explicitStart = filters.fromDay !== undefined && filters.fromDay !== null;
  const monthOptions = { period: 'month' as const, calendar: settings.calendar, weekStart: settings.weekStart };
  const spendFrom = explicitStart ? view.firstDay : periodStartDay(periodIndex(view.firstDay, monthOptions), monthOptions);
  for (const row of spend?.rows ?? []) {
    if (row.day < spendFrom || row.day > view.lastDay || !Number.isFinite(row.amount)) continue;
    addSpend(row.channel, row.amount, false);
    fromFile = true;
  }
  const enteredEntries = Object.entries(entered ?? {}).filter(([, amount]) => Number.isFinite(amount));
  for (const [channel, amount] of enteredEntries) addSpend(channel, amount, true);
  const spendSource: SpendSource = fromFile ? (enteredEntries.length ? 'file-and-entered' : 'file') : enteredEntries.length ? 'entered' : 'none';

  // Cumulative value per month for payback, per channel.
  const monthlyValue = (customers: ArrayLike<number>): { sums: Float64Array; observed: Int32Array } => {
    const months = Math.floor((view.lastDay - view.firstDay + 1) / MONTH_DAYS);
    const sums = new Float64Array(months + 2);
    const observed = new Int32Array(months + 2);
    for (let member = 0; member < customers.length; member++) {
      const i = customers[member]!;
      const acquisition = totals.acquisitionDay[i]!;
      const lastMonth = Math.min(months, Math.floor((view.lastDay + 1 - acquisition) / MONTH_DAYS));
      if (lastMonth < 1) continue;
      observed[1]!++;
      observed[lastMonth + 1]!--;
      const position = totals.position[i]!;
      for (let k = view.customerStart[position]!; k < view.customerStart[position + 1]!; k++) {
        const row = view.customerRows[k]!;
        const month = Math.floor((table.day[row]! - acquisition) / MONTH_DAYS) + 1;
        if (month > lastMonth) break;
        const value = useMargin ? rowMargin(table, rule, row) : table.amount[row]!;
        sums[month] = sums[month]! + value;
        sums[lastMonth + 1] = sums[lastMonth + 1]! - value;
      }
    }
    return { sums, observed };
  };
  const payback = (customers: ArrayLike<number>, cac: number | null): number | null => {
    if (cac === null) return null;
    if (cac <= 0) return 0;
    const { sums, observed } = monthlyValue(customers);
    let sum = 0;
    let count = 0;
    for (let month = 1; month < sums.length - 1; month++) {
      sum += sums[month]!;
      count += observed[month]!;
      if (count > 0 && sum / count >= cac - 1e-9) return month;
    }
    return null;
  };
  const makeRow = (channel: string, customers: ArrayLike<number>, spendAmount: number | null): CacRow => {
    let value = 0;
    for (let member = 0; member < customers.length; member++) value += valueOf(customers[member]!);
    const averageClv = customers.length ? value / customers.length : null;
    const cac = spendAmount !== null && customers.length ? spendAmount / customers.length : null;
    return {
      channel,
      newCustomers: customers.length,
      spend: spendAmount,
      cac,
      averageClv,
      ltvToCac: averageClv !== null && cac !== null && cac > 0 ? averageClv / cac : null,
      paybackMonths: payback(customers, cac),
    };
  };

  const keys = new Set([...members.keys(), ...spendByChannel.keys()]);
  const rows = [...keys].map((key) => {
    const group = members.get(key);
    const spent = spendByChannel.get(key);
    return makeRow(group?.channel ?? spent!.channel, group?.customers ?? [], spent ? spent.amount : null);
  });
  rows.sort((a, b) => b.newCustomers - a.newCustomers || (a.channel < b.channel ? -1 : a.channel > b.channel ? 1 : 0));
  // Every new customer, channel after channel (the order the overall value adds them in).
  let newCustomers = 0;
  for (const group of members.values()) newCustomers += group.customers.length;
  const everyone = new Int32Array(newCustomers);
  let filled = 0;
  for (const group of members.values()) {
    everyone.set(group.customers, filled);
    filled += group.customers.length;
  }
  let totalSpend: number | null = null;
  for (const { amount } of spendByChannel.values()) totalSpend = (totalSpend ?? 0) + amount;
  return {
    status: 'ok',
    attribute,
    fromDay: view.firstDay,
    toDay: view.lastDay,
    spendSource,
    valueBasis: useMargin ? 'margin' : 'revenue',
    rows,
    overall: makeRow('(all)', everyone, totalSpend),
    warnings,
  };
}
