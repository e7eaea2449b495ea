/**
 * The predictive bundle the dashboard and the CLI show: BG/NBD and Gamma-Gamma fitted on the
 * filtered orders (Fader, Hardie & Lee 2005a, 2005b; definitions in docs/metrics/predictive.md),
 * with P(alive) distribution, frequency/recency matrix, calibration/holdout check, predicted CLV
 * in total and by acquisition cohort, a what-if on dropout and the customers at risk.
 *
 * Plain JSON out: typed arrays are not returned, undefined figures are null, and every failure is
 * an explicit state. Without a fitted purchase model there is no figure at all (`status: 'failed'`);
 * without a fitted spend model the purchase-side figures remain and CLV, what-if and at-risk say
 * 'unavailable'. Defaults: calibration end = the last day of the filtered data (no holdout), time
 * unit week, 12 months, 1 % a month, margin from settings (null = revenue), 10 % lower dropout,
 * 50 customers at risk.
 */
import { applyFilters } from '../view';
import { median } from '../median';
import { periodIndex, periodLabel } from '../calendar';
import type { Filters, Settings } from '../settings';
import type { OrderTable } from '../table';
import { customerSummary } from './summary';
import { fitBgNbd, type BgNbdFit } from './bgnbd';
import { probabilityAlive } from './bgnbdPredictions';
import { fitGammaGamma, frequencyMonetaryCorrelation, type GammaGammaFit, type GammaGammaFitFailure } from './gammaGamma';
import { predictedClv, type PredictedClvEmpty } from './clv';
import { whatIfRetention, type WhatIfRetentionEmpty } from './whatIf';
import { calibrationHoldoutCheck, type HoldoutCheck, type HoldoutCheckEmpty } from './holdoutCheck';
import { atRiskCustomers, type AtRiskCustomer, type AtRiskEmpty } from './atRisk';
import { frequencyRecencyMatrix, type FrequencyRecencyMatrix, type FrequencyRecencyMatrixEmpty } from './frequencyRecencyMatrix';
import { DAYS_PER_MONTH, DAYS_PER_UNIT, type BgNbdParams, type CustomerSummary, type TimeUnit } from './types';
import { reportFailure, resolveOptions, type PredictiveOptions, type PredictiveReportFailure, type ResolvedPredictiveOptions } from './predictiveOptions';

export type { PredictiveOptions, PredictiveReportFailure, PredictiveFailureReason } from './predictiveOptions';

export interface AliveHistogramBin {
  /** Bin i covers [i/10, (i+1)/10); the last bin also holds 1. */
  from: number;
  to: number;
  customers: number;
}

export type SpendModelResult =
  | { status: 'ok'; p: number; q: number; gamma: number; logLikelihood: number; iterations: number; customers: number; standardErrors: { p: number; q: number; gamma: number } | null }
  | { status: 'failed'; reason: GammaGammaFitFailure['reason']; detail: GammaGammaFitFailure['detail']; customers: number };

/** Why a figure that needs the spend model (or one of its inputs) is missing. */
export interface Unavailable {
  status: 'unavailable';
  reason: 'spend-model-failed' | PredictedClvEmpty['reason'] | WhatIfRetentionEmpty['reason'] | AtRiskEmpty['reason'];
}

export interface CohortClv {
  cohort: string;
  customers: number;
  customersWithEstimate: number;
  total: number;
  mean: number | null;
}

export interface ReportClv {
  status: 'ok';
  horizonMonths: number;
  monthlyDiscountRate: number;
  marginPercent: number | null;
  /** 'revenue' when no margin applies (marginPercent null). */
  basis: 'margin' | 'revenue';
  customersWithEstimate: number;
  total: number;
  mean: number | null;
  expectedPurchasesTotal: number;
  /** Acquisition cohorts labelled per settings (period, calendar, week start), sorted by label. */
  cohortPeriod: Settings['period'];
  byCohort: CohortClv[];
}

export interface ReportWhatIf {
  status: 'ok';
  dropoutReductionPercent: number;
  dropoutMeanBefore: number;
  dropoutMeanAfter: number;
  before: number;
  after: number;
  difference: number;
  differencePercent: number | null;
}

export interface ReportAtRisk {
  status: 'ok';
  customersAtRisk: number;
  totalValueAtRisk: number;
  customers: AtRiskCustomer[];
}

export interface PredictiveReport {
  status: 'ok';
  customers: number;
  repeatBuyers: number;
  leftTruncatedCustomers: number;
  timeUnit: TimeUnit;
  calibrationEndDay: number;
  holdoutEndDay: number | null;
  bgnbd: BgNbdParams & { logLikelihood: number; iterations: number; standardErrors: BgNbdParams | null };
  gammaGamma: SpendModelResult;
  independence: { status: 'ok'; correlation: number; n: number } | { status: 'empty'; reason: 'too-few-repeat-buyers' | 'no-variation'; n: number };
  pAliveHistogram: AliveHistogramBin[];
  frequencyRecencyMatrix: FrequencyRecencyMatrix | FrequencyRecencyMatrixEmpty;
  holdout: HoldoutCheck | HoldoutCheckEmpty | null;
  clv: ReportClv | Unavailable;
  whatIf: ReportWhatIf | Unavailable;
  atRisk: ReportAtRisk | Unavailable;
}

const HISTOGRAM_BINS = 10;

/** Counts of values in 10 equal bins over [0, 1] (1 itself in the last bin); nulls are skipped. */
export function aliveHistogram(values: readonly (number | null)[]): AliveHistogramBin[] {
  const counts = new Array<number>(HISTOGRAM_BINS).fill(0);
  for (const value of values) {
    if (value === null || !(value >= 0 && value <= 1)) continue;
    counts[Math.min(HISTOGRAM_BINS - 1, Math.floor(value * HISTOGRAM_BINS))]!++;
  }
  return counts.map((customers, i) => ({ from: i / HISTOGRAM_BINS, to: (i + 1) / HISTOGRAM_BINS, customers }));
}

interface Fits {
  summary: CustomerSummary;
  bgnbd: BgNbdFit;
  gammaGamma: GammaGammaFit | GammaGammaFitFailure;
}

// The fits depend only on the table, filters, calibration/holdout days and time unit; the
// horizon, discount, margin and what-if sliders reuse them (as view.ts caches filtered views).
const fitCache = new WeakMap<OrderTable, Map<string, Fits | PredictiveReportFailure>>();

function fitModels(table: OrderTable, filters: Filters, options: ResolvedPredictiveOptions): Fits | PredictiveReportFailure {
  const key = JSON.stringify([filters, options.calibrationEndDay, options.holdoutEndDay, options.timeUnit]);
  let perTable = fitCache.get(table);
  const cached = perTable?.get(key);
  if (cached) return cached;
  const result = fitModelsUncached(table, filters, options);
  if (!perTable) fitCache.set(table, (perTable = new Map()));
  if (perTable.size > 16) perTable.clear();
  perTable.set(key, result);
  return result;
}

function fitModelsUncached(table: OrderTable, filters: Filters, options: ResolvedPredictiveOptions): Fits | PredictiveReportFailure {
  const summary = customerSummary(table, { calibrationEndDay: options.calibrationEndDay, holdoutEndDay: options.holdoutEndDay, timeUnit: options.timeUnit, filters });
  if (summary.status !== 'ok') {
    return summary.reason === 'no-customers' ? reportFailure('no-customers', null, 0) : reportFailure('invalid-options', 'holdoutEndDay', 0);
  }
  const bgnbd = fitBgNbd(summary);
  if (bgnbd.status !== 'ok') return reportFailure(bgnbd.reason, bgnbd.detail, summary.customers);
  return { summary, bgnbd, gammaGamma: fitGammaGamma(summary) };
}

function spendModelResult(fit: GammaGammaFit | GammaGammaFitFailure): SpendModelResult {
  if (fit.status !== 'ok') return { status: 'failed', reason: fit.reason, detail: fit.detail, customers: fit.customers };
  return { status: 'ok', ...fit.params, logLikelihood: fit.logLikelihood, iterations: fit.iterations, customers: fit.customers, standardErrors: fit.standardErrors };
}

/** The whole predictive bundle for the filtered orders; see the module comment. */
export function predictiveReport(table: OrderTable, settings: Settings, filters: Filters, options: PredictiveOptions = {}): PredictiveReport | PredictiveReportFailure {
  const view = applyFilters(table, filters);
  let lastDay: number | null = null;
  for (let i = 0; i < view.rows.length; i++) lastDay = Math.max(lastDay ?? -Infinity, table.day[view.rows[i]!]!);
  if (lastDay === null) return reportFailure('no-customers', null, 0);
  const resolved = resolveOptions(options, settings, lastDay);
  if ('status' in resolved) return resolved;
  const fits = fitModels(table, filters, resolved);
  if ('status' in fits) return fits;
  const { summary, bgnbd } = fits;
  const params = bgnbd.params;

  const unitsPerMonth = DAYS_PER_MONTH / DAYS_PER_UNIT[resolved.timeUnit];
  const aliveColumn = Array.from(summary.frequency, (x, i) => probabilityAlive(params, x, summary.recency[i]!, summary.age[i]!));
  let repeatBuyers = 0;
  for (let i = 0; i < summary.customers; i++) if (summary.frequency[i]! > 0) repeatBuyers++;
  const correlation = frequencyMonetaryCorrelation(summary);

  return {
    status: 'ok',
    customers: summary.customers,
    repeatBuyers,
    leftTruncatedCustomers: summary.leftTruncatedCustomers,
    timeUnit: resolved.timeUnit,
    calibrationEndDay: resolved.calibrationEndDay,
    holdoutEndDay: resolved.holdoutEndDay,
    bgnbd: { ...params, logLikelihood: bgnbd.logLikelihood, iterations: bgnbd.iterations, standardErrors: bgnbd.standardErrors },
    gammaGamma: spendModelResult(fits.gammaGamma),
    independence:
      correlation.status === 'ok'
        ? { status: 'ok', correlation: correlation.correlation, n: correlation.customers }
        : { status: 'empty', reason: correlation.reason, n: correlation.customers },
    pAliveHistogram: aliveHistogram(aliveColumn),
    frequencyRecencyMatrix: frequencyRecencyMatrix(params, summary.frequency, median(summary.age) ?? 0, resolved.horizonMonths * unitsPerMonth),
    holdout: resolved.holdoutEndDay === null ? null : calibrationHoldoutCheck(summary, params),
    ...valueFigures(fits, settings, resolved),
  };
}

/** CLV (total and by cohort), what-if and at-risk: they need the spend model. */
function valueFigures(fits: Fits, settings: Settings, options: ResolvedPredictiveOptions): Pick<PredictiveReport, 'clv' | 'whatIf' | 'atRisk'> {
  const spend = fits.gammaGamma;
  if (spend.status !== 'ok') {
    const unavailable: Unavailable = { status: 'unavailable', reason: 'spend-model-failed' };
    return { clv: unavailable, whatIf: unavailable, atRisk: unavailable };
  }
  const { summary } = fits;
  const period = { period: settings.period, calendar: settings.calendar, weekStart: settings.weekStart };
  const cohortKeys = Array.from(summary.firstPurchaseDay, (day) => periodLabel(periodIndex(day, period), period));
  const clvOptions = { horizonMonths: options.horizonMonths, monthlyDiscountRate: options.monthlyDiscountRate, marginPercent: options.marginPercent, timeUnit: options.timeUnit };
  const clv = predictedClv(summary, fits.bgnbd.params, spend.params, { ...clvOptions, groupKeys: cohortKeys });
  if (clv.status !== 'ok') return { clv: unavailableFor(clv), whatIf: unavailableFor(clv), atRisk: unavailableFor(clv) };
  const whatIf = whatIfRetention(summary, fits.bgnbd.params, spend.params, { ...clvOptions, dropoutReductionPercent: options.dropoutReductionPercent });
  const atRisk = atRiskCustomers(summary, clv, { limit: options.atRiskLimit });
  return {
    clv: {
      status: 'ok',
      horizonMonths: clv.horizonMonths,
      monthlyDiscountRate: clv.monthlyDiscountRate,
      marginPercent: clv.marginPercent,
      basis: clv.basis,
      customersWithEstimate: clv.customersWithEstimate,
      total: clv.total,
      mean: clv.mean,
      expectedPurchasesTotal: clv.expectedPurchasesTotal,
      cohortPeriod: settings.period,
      byCohort: (clv.groups ?? []).map((group) => ({ cohort: group.key, customers: group.customers, customersWithEstimate: group.customersWithEstimate, total: group.total, mean: group.mean })),
    },
    whatIf:
      whatIf.status === 'ok'
        ? {
            status: 'ok',
            dropoutReductionPercent: whatIf.dropoutReductionPercent,
            dropoutMeanBefore: whatIf.dropoutMeanBefore,
            dropoutMeanAfter: whatIf.dropoutMeanAfter,
            before: whatIf.totalBefore,
            after: whatIf.totalAfter,
            difference: whatIf.difference,
            differencePercent: whatIf.differencePercent,
          }
        : unavailableFor(whatIf),
    atRisk: atRisk.status === 'ok' ? atRisk : unavailableFor(atRisk),
  };
}

function unavailableFor(empty: { reason: Unavailable['reason'] }): Unavailable {
  return { status: 'unavailable', reason: empty.reason };
}
