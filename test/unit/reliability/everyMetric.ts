/**
 * Runs every metric the dashboard can ask for on what an in-process Engine holds, and finds any
 * number in the results that is not finite (NaN, ±Infinity): the reliability tests' shared probe.
 */
import { DEFAULT_SETTINGS } from '../../../src/metrics/settings';
import type { Engine, EngineState } from '../../../src/worker/engine';
import type { MetricName, MetricOptions } from '../../../src/worker/metricRegistry';

const none = (): undefined => undefined;

/** Options for each metric (a Record over MetricName: a new metric fails the type check until listed here). */
const OPTIONS: { [K in MetricName]: (state: EngineState) => MetricOptions<K> } = {
  kpis: none,
  cohorts: () => ({}),
  churnWindow: none,
  retention: none,
  repeatRate: none,
  timeBetweenOrders: none,
  stages: none,
  funnel: none,
  clv: () => ({}),
  aovByOrderNumber: none,
  purchaseFrequency: none,
  // Channel names the user typed, hostile ones included (an own `__proto__` key, not the prototype).
  cac: () => ({ entered: Object.fromEntries([['<b>ads</b>', 10], ['__proto__', 5]]) }),
  concentration: none,
  predictive: () => ({ timeUnit: 'week' }),
  rfm: none,
  rfmMigration: (state) => ({ fromDay: state.orders?.firstDay ?? 0, toDay: state.orders?.lastDay ?? 0 }),
  surveys: none,
  surveyValue: none,
  cohortCustomers: () => ({ cohort: '2024-01' }),
  customerList: () => ({}),
};

export const METRIC_NAMES = Object.keys(OPTIONS) as MetricName[];

export interface MetricOutcome {
  metric: MetricName;
  result: unknown;
}

export function computeEveryMetric(engine: Engine): MetricOutcome[] {
  const state = engine.state();
  return METRIC_NAMES.map((metric) => {
    const options = OPTIONS[metric](state) as MetricOptions<typeof metric> | undefined;
    const result = engine.compute({ metric, settings: DEFAULT_SETTINGS, filters: {}, ...(options === undefined ? {} : { options }) });
    return { metric, result };
  });
}

/** Paths to every NaN or ±Infinity inside a JSON-like value ("cohorts.rows[3].retention[1]"). */
export function nonFiniteNumbers(value: unknown, path = ''): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path} = ${value}`];
  if (value === null || typeof value !== 'object') return [];
  if (ArrayBuffer.isView(value)) {
    const numbers = value as unknown as ArrayLike<number | bigint>;
    const found: string[] = [];
    for (let i = 0; i < numbers.length; i++) {
      const item = numbers[i];
      if (typeof item === 'number' && !Number.isFinite(item)) found.push(`${path}[${i}] = ${item}`);
    }
    return found;
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => nonFiniteNumbers(item, `${path}[${i}]`));
  return Object.entries(value).flatMap(([key, item]) => nonFiniteNumbers(item, path === '' ? key : `${path}.${key}`));
}
