/**
 * Options of the predictive report, their defaults and validation, and the report's failure
 * state. Invalid options are a value (`reason: 'invalid-options'`, `detail` names the option),
 * never a throw (STYLE.md convention 6).
 */
import type { Settings } from '../settings';
import { MINIMUM_CUSTOMERS_FOR_FIT, type FitFailureReason, type TimeUnit } from './types';

export interface PredictiveOptions {
  /** Last day of the calibration period (day number); default null = the last day of the filtered data (no holdout). */
  calibrationEndDay?: number | null;
  /** Last day of the holdout period, after calibrationEndDay; default null = no holdout check. */
  holdoutEndDay?: number | null;
  /** Unit of recency, age and α (default 'week'). */
  timeUnit?: TimeUnit;
  /** CLV horizon in whole months, 1 to 1,200 (default 12). */
  horizonMonths?: number;
  /** Discount rate per month, ≥ 0 (default 0.01). */
  monthlyDiscountRate?: number;
  /** Gross margin in % of revenue, 0 to 100, or null for revenue; default settings.marginPercent. */
  marginPercent?: number | null;
  /** What-if: lower the mean dropout probability by this %, 0 ≤ k < 100 (default 10). */
  dropoutReductionPercent?: number;
  /** Longest list of customers at risk (default 50). */
  atRiskLimit?: number;
}

export interface ResolvedPredictiveOptions {
  calibrationEndDay: number;
  holdoutEndDay: number | null;
  timeUnit: TimeUnit;
  horizonMonths: number;
  monthlyDiscountRate: number;
  marginPercent: number | null;
  dropoutReductionPercent: number;
  atRiskLimit: number;
}

export type PredictiveFailureReason = 'no-customers' | 'invalid-options' | FitFailureReason;

export interface PredictiveReportFailure {
  status: 'failed';
  reason: PredictiveFailureReason;
  /**
   * did-not-converge: 'iteration-limit' or 'parameter-at-bound'; invalid-options: the name of the
   * option at fault; otherwise null.
   */
  detail: string | null;
  /** Customers in the calibration summary (0 when none or not computed). */
  customers: number;
  /** The number of customers a fit needs (30). */
  minimumCustomers: number;
  /** One English sentence for the CLI and logs; the dashboard words it from its own catalogue. */
  message: string;
}

function failureMessage(reason: PredictiveFailureReason, detail: string | null, customers: number): string {
  switch (reason) {
    case 'no-customers':
      return 'No customer in this selection has a purchase on or before the calibration end.';
    case 'too-few-customers':
      return `The models need at least ${MINIMUM_CUSTOMERS_FOR_FIT} customers; this selection has ${customers}.`;
    case 'no-repeat-buyers':
      return 'Nobody bought on more than one day before the calibration end, so nothing shows how customers come back or leave.';
    case 'did-not-converge':
      return `The model could not be fitted (${detail ?? 'no optimum found'}): the data do not pin down its parameters.`;
    case 'invalid-options':
      return `Invalid predictive option: ${detail ?? 'unknown'}.`;
  }
}

export function reportFailure(reason: PredictiveFailureReason, detail: string | null, customers: number): PredictiveReportFailure {
  return { status: 'failed', reason, detail, customers, minimumCustomers: MINIMUM_CUSTOMERS_FOR_FIT, message: failureMessage(reason, detail, customers) };
}

const isInteger = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value);

/** Defaults filled in and every option checked; `lastDay` is the last day of the filtered data. */
export function resolveOptions(options: PredictiveOptions, settings: Settings, lastDay: number): ResolvedPredictiveOptions | PredictiveReportFailure {
  const invalid = (name: keyof PredictiveOptions): PredictiveReportFailure => reportFailure('invalid-options', name, 0);
  const calibrationEndDay = options.calibrationEndDay ?? lastDay;
  if (!isInteger(calibrationEndDay)) return invalid('calibrationEndDay');
  const holdoutEndDay = options.holdoutEndDay ?? null;
  if (holdoutEndDay !== null && !(isInteger(holdoutEndDay) && holdoutEndDay > calibrationEndDay)) return invalid('holdoutEndDay');
  const timeUnit = options.timeUnit ?? 'week';
  if (timeUnit !== 'day' && timeUnit !== 'week') return invalid('timeUnit');
  const horizonMonths = options.horizonMonths ?? 12;
  if (!isInteger(horizonMonths) || horizonMonths < 1 || horizonMonths > 1200) return invalid('horizonMonths');
  const monthlyDiscountRate = options.monthlyDiscountRate ?? 0.01;
  if (!(monthlyDiscountRate >= 0) || !Number.isFinite(monthlyDiscountRate)) return invalid('monthlyDiscountRate');
  const marginPercent = options.marginPercent !== undefined ? options.marginPercent : settings.marginPercent;
  if (marginPercent !== null && !(marginPercent >= 0 && marginPercent <= 100)) return invalid('marginPercent');
  const dropoutReductionPercent = options.dropoutReductionPercent ?? 10;
  if (!(dropoutReductionPercent >= 0 && dropoutReductionPercent < 100)) return invalid('dropoutReductionPercent');
  const atRiskLimit = options.atRiskLimit ?? 50;
  if (!isInteger(atRiskLimit) || atRiskLimit < 0) return invalid('atRiskLimit');
  return { calibrationEndDay, holdoutEndDay, timeUnit, horizonMonths, monthlyDiscountRate, marginPercent, dropoutReductionPercent, atRiskLimit };
}
