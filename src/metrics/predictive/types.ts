/**
 * Domain types of the predictive family: the per-customer summary the models read, and the
 * parameters of the BG/NBD purchase model and the Gamma-Gamma spend model.
 */

/** The unit in which recency, age and the model's time parameters are expressed. */
export type TimeUnit = 'day' | 'week';

/** Days in one time unit. */
export const DAYS_PER_UNIT: Readonly<Record<TimeUnit, number>> = { day: 1, week: 7 };

/** A month as a fixed length: the mean Gregorian month, 365.2425 / 12 days. */
export const DAYS_PER_MONTH = 365.2425 / 12;

/**
 * Recency-frequency-monetary summary per customer (columns aligned by position), the input of
 * BG/NBD and Gamma-Gamma. Built by `customerSummary`; see its doc comment for the rules.
 */
export interface CustomerSummary {
  status: 'ok';
  timeUnit: TimeUnit;
  calibrationEndDay: number;
  /** null when no holdout period was asked for. */
  holdoutEndDay: number | null;
  /** Holdout length in time units, (holdoutEndDay − calibrationEndDay) / unit; null without holdout. */
  holdoutLength: number | null;
  /** Number of customers (length of every column). */
  customers: number;
  customerIds: string[];
  /** Acquisition day: the customer's first purchase day among the filtered rows (their cohort). */
  firstPurchaseDay: Int32Array;
  /** x: repeat purchase days in the calibration period (distinct days after the first). */
  frequency: Int32Array;
  /** t_x: (last calibration purchase day − first purchase day) / unit. */
  recency: Float64Array;
  /** T: (calibrationEndDay − first purchase day) / unit. */
  age: Float64Array;
  /** Mean of the per-day purchase totals of the repeat purchase days; 0 when x = 0. */
  monetary: Float64Array;
  /** Sum of all purchase amounts in the calibration period (first day included). */
  calibrationRevenue: Float64Array;
  /** Distinct purchase days in (calibrationEndDay, holdoutEndDay]; null without holdout. */
  holdoutFrequency: Int32Array | null;
  /**
   * Customers whose first purchase in the whole table lies before their first purchase among
   * the filtered rows (a day-range filter cut their history): they are modelled as acquired on
   * their first filtered purchase.
   */
  leftTruncatedCustomers: number;
}

/**
 * BG/NBD parameters (Fader, Hardie & Lee 2005): purchase rates λ ~ Gamma(shape r, rate α),
 * dropout probabilities p ~ Beta(a, b). α is in the summary's time unit.
 */
export interface BgNbdParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

/**
 * Gamma-Gamma parameters (Fader, Hardie & Lee 2005b; Colombo & Jiang 1999): transaction values
 * z ~ Gamma(shape p, rate ν), ν ~ Gamma(shape q, rate γ).
 */
export interface GammaGammaParams {
  p: number;
  q: number;
  gamma: number;
}

/** Why a model could not be fitted. */
export type FitFailureReason = 'too-few-customers' | 'no-repeat-buyers' | 'did-not-converge';

/** Minimum number of customers (BG/NBD) or repeat buyers (Gamma-Gamma) a fit needs. */
export const MINIMUM_CUSTOMERS_FOR_FIT = 30;

/** Fit options shared by both models. */
export interface FitOptions {
  /** Upper bound on optimiser iterations over all restarts (default 4,000). */
  maxIterations?: number;
  /** Called with the fraction of the iteration budget used, ending with 1. */
  onProgress?: (fraction: number) => void;
}
