/**
 * Retention and value of promoters, passives and detractors, where survey ids match order ids.
 *
 * Each matched customer takes the group of their latest valid NPS response in the filtered
 * responses (same-day answers: the lowest score, so the result does not depend on file order).
 * A response matches when its customer id is a customer of the filtered orders with at least one
 * purchase. Per group, over the view's orders up to its last day L:
 * - repeat-purchase rate = customers with ≥ 2 purchases / customers;
 * - retention = customers with a purchase in (L − window, L] / customers (the active rule of
 *   churn.ts: bought within the churn window as of the day);
 * - average revenue = Σ net revenue / customers.
 * This compares groups as found; it does not say the score causes the behaviour (Reichheld 2003
 * claims the link; Keiningham et al. 2007, Journal of Marketing 71(3), dispute its strength).
 */
import { applyFilters } from './view';
import type { Filters, Settings } from './settings';
import type { OrderTable } from './table';
import type { SurveyTable } from './sideTables';
import { marginRule } from './margin';
import { customerTotals } from './customerTotals';
import { filterResponses } from './surveyFilter';
import { isValidScore, NPS_GROUPS, npsGroupOf, type NpsGroup } from './surveyScales';

export interface NpsGroupValue {
  group: NpsGroup;
  customers: number;
  /** null for an empty group. */
  repeatPurchaseRate: number | null;
  /** null for an empty group or when no churn window is known. */
  retention: number | null;
  averageRevenue: number | null;
}

export interface ResponseMatching {
  /** Valid NPS responses kept by the filters. */
  npsResponses: number;
  withCustomerId: number;
  /** Responses whose id is a customer (with a purchase) of the filtered orders. */
  matched: number;
}

export interface SurveyLinkedValue {
  status: 'ok';
  asOfDay: number;
  /** The window used for retention; null when neither the argument nor the settings give one. */
  churnWindowDays: number | null;
  responses: ResponseMatching;
  customersMatched: number;
  groups: NpsGroupValue[];
}

export type SurveyLinkedEmpty =
  | { status: 'empty'; reason: 'no-responses' }
  | { status: 'empty'; reason: 'no-matching-customers'; responses: ResponseMatching };

export function surveyLinkedValue(
  table: OrderTable,
  surveys: SurveyTable | null,
  settings: Settings,
  filters: Filters,
  churnWindowDays?: number | null,
): SurveyLinkedValue | SurveyLinkedEmpty {
  const windowDays = churnWindowDays ?? settings.churnWindowDays;
  const npsResponses = filterResponses(surveys, table, filters).responses.filter((r) => r.kind === 'nps' && isValidScore('nps', r.score));
  if (npsResponses.length === 0) return { status: 'empty', reason: 'no-responses' };
  const view = applyFilters(table, filters);
  const totals = customerTotals(view, marginRule(table, settings));
  const totalsIndex = new Map<string, number>();
  for (let i = 0; i < totals.customer.length; i++) totalsIndex.set(table.customerIds[totals.customer[i]!]!, i);

  let withCustomerId = 0;
  let matched = 0;
  const latest = new Map<number, { day: number; score: number }>();
  for (const response of npsResponses) {
    if (response.customerId === null) continue;
    withCustomerId++;
    const i = totalsIndex.get(response.customerId);
    if (i === undefined) continue;
    matched++;
    const prior = latest.get(i);
    if (!prior || response.day > prior.day || (response.day === prior.day && response.score < prior.score)) {
      latest.set(i, { day: response.day, score: response.score });
    }
  }
  const responses: ResponseMatching = { npsResponses: npsResponses.length, withCustomerId, matched };
  if (latest.size === 0) return { status: 'empty', reason: 'no-matching-customers', responses };

  const sums = new Map<NpsGroup, { customers: number; repeat: number; active: number; revenue: number }>();
  for (const group of NPS_GROUPS) sums.set(group, { customers: 0, repeat: 0, active: 0, revenue: 0 });
  const useWindow = windowDays !== null && windowDays !== undefined && Number.isFinite(windowDays) && windowDays > 0;
  for (const [i, { score }] of latest) {
    const sum = sums.get(npsGroupOf(score))!;
    sum.customers++;
    if (totals.purchases[i]! >= 2) sum.repeat++;
    if (useWindow && totals.lastPurchaseDay[i]! > view.lastDay - windowDays) sum.active++;
    sum.revenue += totals.revenue[i]!;
  }
  const groups = NPS_GROUPS.map((group): NpsGroupValue => {
    const sum = sums.get(group)!;
    const n = sum.customers;
    return {
      group,
      customers: n,
      repeatPurchaseRate: n ? sum.repeat / n : null,
      retention: n && useWindow ? sum.active / n : null,
      averageRevenue: n ? sum.revenue / n : null,
    };
  });
  return {
    status: 'ok',
    asOfDay: view.lastDay,
    churnWindowDays: useWindow ? windowDays : null,
    responses,
    customersMatched: latest.size,
    groups,
  };
}
