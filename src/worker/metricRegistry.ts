/**
 * The metric functions the UI can ask for, by name. The UI and the CLI call the same functions
 * (STYLE.md: no two code paths for one figure).
 */
import { overviewKpis } from '../metrics/kpis';
import { cohortTable } from '../metrics/cohorts';
import { defaultChurnWindowDays, retentionByPeriod } from '../metrics/churn';
import { repeatPurchaseRate } from '../metrics/repeatPurchase';
import { timeBetweenOrders } from '../metrics/timeBetweenOrders';
import { customerStages, customersInStage, lifecycleFunnel } from '../metrics/lifecycle';
import type { CustomerStage } from '../metrics/lifecycle';
import { customerValues, historicalClv } from '../metrics/value';
import { aovByOrderNumber } from '../metrics/orderValue';
import { purchaseFrequency } from '../metrics/purchaseFrequency';
import { acquisitionCost } from '../metrics/cac';
import { revenueConcentration } from '../metrics/concentration';
import { customersInSegment, rfmMigration, rfmSegments } from '../metrics/rfmSegments';
import type { RfmSegment } from '../metrics/rfmScoring';
import { surveySummary } from '../metrics/surveys';
import { surveyLinkedValue } from '../metrics/surveyLinkedValue';
import { predictiveReport, type PredictiveOptions } from '../metrics/predictive';
import type { Filters, Settings } from '../metrics/settings';
import { applyFilters, NO_DAY } from '../metrics/view';
import { periodIndex, periodLabel } from '../metrics/calendar';
import type { ActiveData } from './engine';

export interface NoData {
  status: 'no-data';
}


/** Each entry: (data, settings, filters, options) → JSON, or null when the data it needs is not loaded. */
const metrics = {
  kpis: (d: ActiveData, s: Settings, f: Filters) => (d.orders ? overviewKpis(d.orders, s, f) : null),
  cohorts: (d: ActiveData, s: Settings, f: Filters, o: { breakdown?: string }) => (d.orders ? cohortTable(d.orders, s, f, o) : null),
  churnWindow: (d: ActiveData, _s: Settings, f: Filters) => (d.orders ? { status: 'ok' as const, days: defaultChurnWindowDays(d.orders, f) } : null),
  retention: (d: ActiveData, s: Settings, f: Filters) => (d.orders ? retentionByPeriod(d.orders, s, f) : null),
  repeatRate: (d: ActiveData, s: Settings, f: Filters) => (d.orders ? repeatPurchaseRate(d.orders, s, f) : null),
  timeBetweenOrders: (d: ActiveData, s: Settings, f: Filters) => (d.orders ? timeBetweenOrders(d.orders, s, f) : null),
  stages: (d: ActiveData, s: Settings, f: Filters) => (d.orders ? customerStages(d.orders, s, f, d.events ?? undefined) : null),
  funnel: (d: ActiveData, s: Settings, f: Filters) => (d.orders ? lifecycleFunnel(d.orders, s, f, d.events ?? undefined) : null),
  clv: (d: ActiveData, s: Settings, f: Filters, o: { groupBy?: string }) => (d.orders ? historicalClv(d.orders, s, f, o) : null),
  aovByOrderNumber: (d: ActiveData, s: Settings, f: Filters) => (d.orders ? aovByOrderNumber(d.orders, s, f) : null),
  purchaseFrequency: (d: ActiveData, s: Settings, f: Filters) => (d.orders ? purchaseFrequency(d.orders, s, f) : null),
  cac: (d: ActiveData, s: Settings, f: Filters, o: { entered?: Record<string, number> }) =>
    d.orders ? acquisitionCost(d.orders, s, f, d.spend, o.entered ?? null) : null,
  concentration: (d: ActiveData, s: Settings, f: Filters) => (d.orders ? revenueConcentration(d.orders, s, f) : null),
  predictive: (d: ActiveData, s: Settings, f: Filters, o: PredictiveOptions) => (d.orders ? predictiveReport(d.orders, s, f, o) : null),
  rfm: (d: ActiveData, s: Settings, f: Filters) => (d.orders ? rfmSegments(d.orders, s, f) : null),
  rfmMigration: (d: ActiveData, s: Settings, f: Filters, o: { fromDay: number; toDay: number }) =>
    d.orders ? rfmMigration(d.orders, s, f, o.fromDay, o.toDay) : null,
  surveys: (d: ActiveData, s: Settings, f: Filters) => (d.surveys ? surveySummary(d.orders, s, f, d.surveys) : null),
  surveyValue: (d: ActiveData, s: Settings, f: Filters) =>
    d.orders && d.surveys ? surveyLinkedValue(d.orders, d.surveys, s, f, s.churnWindowDays ?? defaultChurnWindowDays(d.orders, f)) : null,
  /**
   * The customers of one acquisition cohort (click-through from the cohort heat map): customers of
   * the filtered view acquired inside its day range (as cohortTable counts them) whose acquisition
   * period label, periodLabel(periodIndex(firstPurchaseDay)), is `cohort`. Sorted ids.
   */
  cohortCustomers: (d: ActiveData, s: Settings, f: Filters, o: { cohort: string }) => {
    if (!d.orders) return null;
    const view = applyFilters(d.orders, f);
    const customerIds: string[] = [];
    for (const c of view.customers) {
      const acquired = view.index.firstPurchaseDay[c]!;
      if (acquired === NO_DAY || acquired < view.firstDay || acquired > view.lastDay) continue;
      if (periodLabel(periodIndex(acquired, s), s) === o.cohort) customerIds.push(d.orders.customerIds[c]!);
    }
    return { status: 'ok' as const, customerIds: customerIds.sort() };
  },
  /** The customer list behind a number (click-through, CSV download). */
  customerList: (
    d: ActiveData,
    s: Settings,
    f: Filters,
    o: { segment?: RfmSegment; stage?: CustomerStage },
  ) => {
    if (!d.orders) return null;
    const ids = o.segment
      ? customersInSegment(d.orders, s, f, o.segment)
      : o.stage
        ? customersInStage(d.orders, s, f, o.stage, d.events ?? undefined)
        : null;
    const values = customerValues(d.orders, s, f);
    if (values.status !== 'ok') return values;
    const wanted = ids ? new Set(ids) : null;
    return { status: 'ok' as const, customers: wanted ? values.customers.filter((c) => wanted.has(c.customerId)) : values.customers };
  },
};

export type MetricName = keyof typeof metrics;
export type MetricResult<K extends MetricName> = Exclude<ReturnType<(typeof metrics)[K]>, null> | NoData;
export type MetricOptions<K extends MetricName> = Parameters<(typeof metrics)[K]>[3];

export interface MetricRequest<K extends MetricName = MetricName> {
  metric: K;
  settings: Settings;
  filters: Filters;
  options?: MetricOptions<K>;
}

export function computeMetric<K extends MetricName>(data: ActiveData, request: MetricRequest<K>): MetricResult<K> {
  const fn = metrics[request.metric] as (d: ActiveData, s: Settings, f: Filters, o: unknown) => MetricResult<K> | null;
  const result = fn(data, request.settings, request.filters, request.options ?? {});
  return result ?? { status: 'no-data' };
}
