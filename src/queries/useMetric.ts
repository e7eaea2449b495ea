/**
 * react-query hooks that ask the engine. Keys name every input:
 * [metric, dataset version, settings, filters, options] (TanStack Query convention).
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useAppStore } from '../store/store';
import { useEngine } from './engineContext';
import { DEFAULT_SETTINGS } from '../metrics/settings';
import type { MetricName, MetricOptions, MetricResult } from '../worker/metricRegistry';
import { SETTINGS_FREE_METRICS } from './settingsFreeMetrics';

export function useMetric<K extends MetricName>(metric: K, options?: MetricOptions<K>) {
  const engine = useEngine();
  const version = useAppStore((s) => s.engine.version);
  const chosen = useAppStore((s) => s.settings);
  const filters = useAppStore((s) => s.filters);
  // The currency is display only (amounts are never converted, no metric reads it): keeping it out
  // of the key and the request means choosing another one re-formats the figures without computing
  // anything again. Keys hash by value, so this new object still finds the cached query.
  // Likewise a metric that reads no setting keeps the defaults.
  const settings = SETTINGS_FREE_METRICS.has(metric) ? DEFAULT_SETTINGS : { ...chosen, currency: DEFAULT_SETTINGS.currency };
  return useQuery<MetricResult<K>>({
    queryKey: [metric, version, settings, filters, options ?? null],
    queryFn: () => engine.compute({ metric, settings, filters, ...(options ? { options } : {}) }),
    enabled: version > 0,
    placeholderData: keepPreviousData,
    staleTime: Number.POSITIVE_INFINITY,
  });
}
