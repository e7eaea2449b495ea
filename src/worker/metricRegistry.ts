/**
 * The metric functions the UI can ask for, by name. The UI and the CLI call the same functions
 * (STYLE.md: no two code paths for one figure).
 */
import { overviewKpis } from '../metrics/kpis';
import { cohortTable } from '../metrics/cohorts';
import type { Filters, Settings } from '../metrics/settings';
import type { ActiveData } from './engine';

export interface NoData {
  status: 'no-data';
}

const metrics = {
  kpis: (data: ActiveData, settings: Settings, filters: Filters) =>
    data.orders ? overviewKpis(data.orders, settings, filters) : null,
  cohorts: (data: ActiveData, settings: Settings, filters: Filters, options: { breakdown?: string }) =>
    data.orders ? cohortTable(data.orders, settings, filters, options) : null,
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
