/**
 * The report: the same ingest and metric functions the dashboard uses, run in-process.
 */
import { Engine } from '../worker/engine';
import { TWO_HALVES_FROM_BYTES } from '../ingest/fast/orderHalves';
import { nodeOrderChunkClient } from './nodeHalves';
import { DEFAULT_SETTINGS, type Settings } from '../metrics/settings';
import type { ReportArgs } from './args';
import type { OverviewKpis } from '../metrics/kpis';
import type { MetricResult } from '../worker/metricRegistry';
import { dayFromIso } from '../metrics/calendar';
import type { PredictiveOptions } from '../metrics/predictive';

export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

export async function buildReport(files: readonly InputFile[], args: ReportArgs): Promise<{ ok: true; report: Record<string, unknown> } | { ok: false; message: string }> {
  const started = performance.now();
  // Large orders files are read in two halves at once, the second in a worker thread, as the browser does.
  const halves = files.some((file) => file.bytes.length >= TWO_HALVES_FROM_BYTES) ? nodeOrderChunkClient() : null;
  const engine = new Engine(halves ? { readChunk: halves.readChunk } : undefined);
  const problems: string[] = [];
  try {
    for (const file of files) {
      const outcome = await engine.load(file.bytes, { fileName: file.name, ...(args.preset ? { preset: args.preset } : {}) });
      if (!outcome.ok) problems.push(outcome.message);
    }
  } finally {
    halves?.close();
  }
  const parseMs = performance.now() - started;
  const state = engine.state();
  if (!state.orders) {
    return { ok: false, message: problems.length ? problems.join('\n') : 'No orders file among the inputs.' };
  }
  const settings: Settings = { ...DEFAULT_SETTINGS, period: args.period, calendar: args.calendar };
  const filters = {};
  const metricsStarted = performance.now();
  const kpis = engine.compute({ metric: 'kpis', settings, filters });
  const cohortsStarted = performance.now();
  const cohorts = engine.compute({ metric: 'cohorts', settings, filters });
  const cohortsMs = performance.now() - cohortsStarted;
  const families = {
    retention: engine.compute({ metric: 'retention', settings, filters }),
    repeatPurchaseRate: engine.compute({ metric: 'repeatRate', settings, filters }),
    timeBetweenOrders: engine.compute({ metric: 'timeBetweenOrders', settings, filters }),
    lifecycle: { stages: engine.compute({ metric: 'stages', settings, filters }), funnel: engine.compute({ metric: 'funnel', settings, filters }) },
    value: {
      clv: engine.compute({ metric: 'clv', settings, filters, options: { groupBy: 'cohort' } }),
      aovByOrderNumber: engine.compute({ metric: 'aovByOrderNumber', settings, filters }),
      purchaseFrequency: engine.compute({ metric: 'purchaseFrequency', settings, filters }),
      cac: engine.compute({ metric: 'cac', settings, filters, options: {} }),
      concentration: engine.compute({ metric: 'concentration', settings, filters }),
    },
    rfm: engine.compute({ metric: 'rfm', settings, filters }),
    surveys: engine.compute({ metric: 'surveys', settings, filters }),
    surveyValue: engine.compute({ metric: 'surveyValue', settings, filters }),
  };
  const metricsMs = performance.now() - metricsStarted;
  const predictiveStarted = performance.now();
  const predictive = args.predict ? engine.compute({ metric: 'predictive', settings, filters, options: predictiveOptions(args) }) : null;
  const predictiveMs = performance.now() - predictiveStarted;

  const orderSets = state.datasets.filter((d) => d.kind === 'orders');
  const rejectsByReason: Record<string, number> = {};
  for (const d of orderSets) {
    for (const [reason, count] of Object.entries(d.rejects.byReason)) rejectsByReason[reason] = (rejectsByReason[reason] ?? 0) + (count ?? 0);
  }
  const k = kpis.status === 'ok' ? kpis : null;
  const report: Record<string, unknown> = {
    files: state.datasets.map((d) => ({ file: d.fileName, kind: d.kind, preset: d.preset, rowsRead: d.rowsRead, rejectedRows: d.rejects.total, notes: d.notes })),
    problems,
    ...cliKpis(k),
    rejectedRows: orderSets.reduce((sum, d) => sum + d.rejects.total, 0),
    rejects: rejectsByReason,
    kpis: k,
    cohorts: cliCohorts(cohorts),
    ...families,
    ...(predictive ? { predictive } : {}),
    timings: { parseMs: round(parseMs), metricsMs: round(metricsMs), cohortsMs: round(cohortsMs), ...(predictive ? { predictiveMs: round(predictiveMs) } : {}) },
  };
  return { ok: true, report };
}

/** --calibration-end, --holdout-end (validated dates in args.ts) and --time-unit as report options. */
function predictiveOptions(args: ReportArgs): PredictiveOptions {
  return {
    calibrationEndDay: args.calibrationEnd === null ? null : dayFromIso(args.calibrationEnd),
    holdoutEndDay: args.holdoutEnd === null ? null : dayFromIso(args.holdoutEnd),
    timeUnit: args.timeUnit,
  };
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}

/** The top-level figures other tools read: orders, customers, revenue (net of refunds and cancellations). */
function cliKpis(kpis: OverviewKpis | null): { orders: number; customers: number; revenue: number } {
  if (kpis) return { orders: kpis.orders, customers: kpis.customers, revenue: Math.round(kpis.revenue * 100) / 100 };
  return { orders: 0, customers: 0, revenue: 0 };
}

/** Exactly `{"period": "month", "rows": [{"cohort": "2011-01", "size": 948, "active": [948, 362, ...]}]}`. */
function cliCohorts(cohorts: MetricResult<'cohorts'>): { period: string; rows: { cohort: string; size: number; active: number[] }[] } | { status: string; reason?: string } {
  if (cohorts.status !== 'ok') return cohorts;
  return { period: cohorts.period, rows: cohorts.rows.map((r) => ({ cohort: r.cohort, size: r.size, active: r.active })) };
}
