/**
 * The recency-frequency-monetary summary that BG/NBD and Gamma-Gamma read, one row per customer.
 *
 * Rules (Fader, Hardie & Lee 2005, "Counting Your Customers the Easy Way", and the CDNOW
 * summary distributed with that paper; they reproduce lifetimes' cdnow_customers_summary exactly):
 * - only purchase rows count (refunds and cancellations never do); purchases on the same day are
 *   one purchase (one "transaction day"), their amounts summed;
 * - a customer is included when their first purchase is on or before calibrationEndDay;
 * - x (frequency) = distinct purchase days after the first, up to calibrationEndDay;
 * - t_x (recency) = (last purchase day in calibration − first purchase day) / unit, 0 when x = 0;
 * - T (age) = (calibrationEndDay − first purchase day) / unit;
 * - monetary = mean of the day totals of the x repeat purchase days, 0 when x = 0 (the Gamma-Gamma
 *   m_x, which leaves out the first purchase: Fader, Hardie & Lee 2005, "RFM and CLV");
 * - holdout frequency = distinct purchase days in (calibrationEndDay, holdoutEndDay].
 */
import { applyFilters } from '../view';
import type { Filters } from '../settings';
import type { OrderTable } from '../table';
import { DAYS_PER_UNIT, type CustomerSummary, type TimeUnit } from './types';

export interface SummaryOptions {
  calibrationEndDay: number;
  holdoutEndDay?: number | null;
  timeUnit: TimeUnit;
  filters?: Filters;
}

export interface SummaryEmpty {
  status: 'empty';
  /** no-customers: nobody passes the filters with a purchase on or before calibrationEndDay;
   *  invalid-holdout: holdoutEndDay is not after calibrationEndDay. */
  reason: 'no-customers' | 'invalid-holdout';
}

/** Per-customer x, t_x, T, monetary value (and holdout purchases) over the filtered orders. */
export function customerSummary(table: OrderTable, options: SummaryOptions): CustomerSummary | SummaryEmpty {
  const calibrationEnd = options.calibrationEndDay;
  const holdoutEnd = options.holdoutEndDay ?? null;
  if (holdoutEnd !== null && !(holdoutEnd > calibrationEnd)) return { status: 'empty', reason: 'invalid-holdout' };
  const unit = DAYS_PER_UNIT[options.timeUnit];
  const view = applyFilters(table, options.filters ?? {});
  const { day, amount, isPurchase } = table;

  const customerIds: string[] = [];
  const firstPurchaseDay: number[] = [];
  const frequency: number[] = [];
  const recency: number[] = [];
  const age: number[] = [];
  const monetary: number[] = [];
  const calibrationRevenue: number[] = [];
  const holdoutFrequency: number[] = [];
  let leftTruncatedCustomers = 0;

  for (let k = 0; k < view.customers.length; k++) {
    const customer = view.customers[k]!;
    let first: number | null = null;
    let currentDay: number | null = null;
    let currentTotal = 0;
    let repeatDays = 0;
    let repeatTotal = 0;
    let lastDay = 0;
    let revenue = 0;
    let holdoutDays = 0;
    let lastHoldoutDay: number | null = null;
    // Rows arrive in day order, so a day's total is complete when the day changes.
    const closeDay = (): void => {
      if (currentDay !== null && currentDay !== first) {
        repeatDays++;
        repeatTotal += currentTotal;
      }
    };
    for (let j = view.customerStart[k]!; j < view.customerStart[k + 1]!; j++) {
      const row = view.customerRows[j]!;
      if (isPurchase[row] !== 1) continue;
      const d = day[row]!;
      if (d > calibrationEnd) {
        if (first === null) break;
        if (holdoutEnd !== null && d <= holdoutEnd && d !== lastHoldoutDay) {
          holdoutDays++;
          lastHoldoutDay = d;
        }
        continue;
      }
      if (first === null) first = d;
      revenue += amount[row]!;
      if (d !== currentDay) {
        closeDay();
        currentDay = d;
        currentTotal = 0;
      }
      currentTotal += amount[row]!;
      lastDay = d;
    }
    if (first === null) continue;
    closeDay();
    if (view.index.firstPurchaseDay[customer]! < first) leftTruncatedCustomers++;
    customerIds.push(table.customerIds[customer]!);
    firstPurchaseDay.push(first);
    frequency.push(repeatDays);
    recency.push((lastDay - first) / unit);
    age.push((calibrationEnd - first) / unit);
    monetary.push(repeatDays > 0 ? repeatTotal / repeatDays : 0);
    calibrationRevenue.push(revenue);
    holdoutFrequency.push(holdoutDays);
  }

  if (customerIds.length === 0) return { status: 'empty', reason: 'no-customers' };
  return {
    status: 'ok',
    timeUnit: options.timeUnit,
    calibrationEndDay: calibrationEnd,
    holdoutEndDay: holdoutEnd,
    holdoutLength: holdoutEnd === null ? null : (holdoutEnd - calibrationEnd) / unit,
    customers: customerIds.length,
    customerIds,
    firstPurchaseDay: Int32Array.from(firstPurchaseDay),
    frequency: Int32Array.from(frequency),
    recency: Float64Array.from(recency),
    age: Float64Array.from(age),
    monetary: Float64Array.from(monetary),
    calibrationRevenue: Float64Array.from(calibrationRevenue),
    holdoutFrequency: holdoutEnd === null ? null : Int32Array.from(holdoutFrequency),
    leftTruncatedCustomers,
  };
}
