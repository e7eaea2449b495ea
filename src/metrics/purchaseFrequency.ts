/**
 * Purchase frequency: how many orders a customer places.
 *
 * - Orders per customer = purchases in the view / customers with at least one purchase in it,
 *   with the distribution 1, 2, 3, 4, 5+ (the purchase-frequency figure of RFM analysis,
 *   Hughes, Strategic Database Marketing, 4th ed. 2012, ch. 9).
 * - Orders per customer-year = Σ purchases / Σ tenure years, tenure running from the later of
 *   acquisition and the view's first day to the view's last day inclusive, in years of
 *   365.2425 days. Pooling (a rate, not a mean of per-customer rates) keeps a customer acquired
 *   yesterday from counting as 365 orders a year.
 * - By tenure year y (days [acq + 365.2425·(y−1), acq + 365.2425·y) after acquisition): orders in
 *   that year / customers whose whole year y lies inside the view's date range. Customers with
 *   no order in the range still count when their year is observed, so a date filter does not
 *   bias the figure upward.
 */
import { applyFilters, NO_DAY } from './view';
import type { Filters, Settings } from './settings';
import type { OrderTable } from './table';
import { marginRule } from './margin';
import { customerTotals } from './customerTotals';

const YEAR_DAYS = 365.2425;

export interface FrequencyBucket {
  label: '1' | '2' | '3' | '4' | '5+';
  customers: number;
  share: number;
}

export interface TenureYearFrequency {
  tenureYear: number;
  customers: number;
  orders: number;
  ordersPerCustomer: number;
}

export interface PurchaseFrequency {
  status: 'ok';
  customers: number;
  orders: number;
  meanOrdersPerCustomer: number;
  distribution: FrequencyBucket[];
  customerYears: number;
  ordersPerCustomerYear: number;
  byTenureYear: TenureYearFrequency[];
}

const LABELS = ['1', '2', '3', '4', '5+'] as const;

export function purchaseFrequency(table: OrderTable, settings: Settings, filters: Filters): PurchaseFrequency | { status: 'empty'; reason: 'no-customers' } {
  const view = applyFilters(table, filters);
  const totals = customerTotals(view, marginRule(table, settings));
  const n = totals.customer.length;
  if (n === 0) return { status: 'empty', reason: 'no-customers' };
  const counts = [0, 0, 0, 0, 0];
  let orders = 0;
  let tenureDays = 0;
  for (let i = 0; i < n; i++) {
    const purchases = totals.purchases[i]!;
    orders += purchases;
    counts[Math.min(purchases, 5) - 1]!++;
    const start = Math.max(totals.acquisitionDay[i]!, view.firstDay);
    tenureDays += view.lastDay - start + 1; // whole days: exact in any order
  }
  return {
    status: 'ok',
    customers: n,
    orders,
    meanOrdersPerCustomer: orders / n,
    distribution: LABELS.map((label, k) => ({ label, customers: counts[k]!, share: counts[k]! / n })),
    customerYears: tenureDays / YEAR_DAYS,
    ordersPerCustomerYear: (orders * YEAR_DAYS) / tenureDays,
    byTenureYear: frequencyByTenureYear(table, filters, view.firstDay, view.lastDay),
  };
}

function frequencyByTenureYear(table: OrderTable, filters: Filters, firstDay: number, lastDay: number): TenureYearFrequency[] {
  // Every customer passing the customer filters, whatever the date range, so observed years
  // without orders count too.
  const { fromDay: _from, toDay: _to, ...customerFilters } = filters; // same cache key as {} when unfiltered
  const all = applyFilters(table, customerFilters);
  const { day: days, isPurchase } = all.columns;
  const customers: number[] = [];
  const orders: number[] = [];
  const grow = (year: number): void => {
    while (customers.length <= year + 1) {
      customers.push(0);
      orders.push(0);
    }
  };
  for (let i = 0; i < all.customers.length; i++) {
    const acquisition = all.index.firstPurchaseDay[all.customers[i]!]!;
    if (acquisition === NO_DAY) continue;
    // Year y is observed when acq + L·(y−1) ≥ firstDay and acq + L·y ≤ lastDay + 1.
    const firstYear = Math.max(1, Math.ceil((firstDay - acquisition) / YEAR_DAYS) + 1);
    const lastYear = Math.floor((lastDay + 1 - acquisition) / YEAR_DAYS);
    if (lastYear < firstYear) continue;
    grow(lastYear);
    customers[firstYear]!++;
    customers[lastYear + 1]!--;
    for (let k = all.customerStart[i]!; k < all.customerStart[i + 1]!; k++) {
      if (isPurchase[k] !== 1) continue;
      const day = days[k]!;
      if (day < firstDay || day > lastDay) continue;
      const year = Math.floor((day - acquisition) / YEAR_DAYS) + 1;
      if (year >= firstYear && year <= lastYear) orders[year]!++;
    }
  }
  const result: TenureYearFrequency[] = [];
  let running = 0;
  for (let year = 1; year < customers.length; year++) {
    running += customers[year]!;
    if (running > 0) result.push({ tenureYear: year, customers: running, orders: orders[year]!, ordersPerCustomer: orders[year]! / running });
  }
  return result;
}
