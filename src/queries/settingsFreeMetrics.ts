/**
 * Metrics that read no setting (see src/worker/metricRegistry.ts): their requests and cache keys
 * carry the default settings, so a settings change does not recompute them. A module of its own so
 * the page does not bundle the metric registry to learn this.
 */
import type { MetricName } from '../worker/metricRegistry';

export const SETTINGS_FREE_METRICS: ReadonlySet<MetricName> = new Set<MetricName>(['churnWindow']);
