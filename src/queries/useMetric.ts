/**
 * react-query hooks that ask the engine. Keys name every input:
 * [metric, dataset version, settings, filters, options] (TanStack Query convention).
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useAppStore } from '../store/store';
import { useEngine } from './engineContext';
import type { MetricName, MetricOptions, MetricResult } from '../worker/metricRegistry';

export function useMetric<K extends MetricName>(metric: K, options?: MetricOptions<K>) {
  const engine = useEngine();
  const version = useAppStore((s) => s.engine.version);
  const settings = useAppStore((s) => s.settings);
  const filters = useAppStore((s) => s.filters);
  return useQuery<MetricResult<K>>({
    queryKey: [metric, version, settings, filters, options ?? null],
    queryFn: () => engine.compute({ metric, settings, filters, ...(options ? { options } : {}) }),
    enabled: version > 0,
    placeholderData: keepPreviousData,
    staleTime: Number.POSITIVE_INFINITY,
  });
}
