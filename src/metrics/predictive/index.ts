/**
 * Predictive customer value: BG/NBD (purchases, P(alive)) and Gamma-Gamma (spend), fitted by
 * maximum likelihood, and the figures built on them. Definitions: docs/metrics.md (predictive).
 */
export { customerSummary } from './summary';
export type { SummaryOptions, SummaryEmpty } from './summary';

export { fitBgNbd } from './bgnbd';
export type { BgNbdFit, BgNbdFitFailure } from './bgnbd';
export { bgnbdLogLikelihood } from './bgnbdLikelihood';
export { expectedPurchases, expectedPurchasesNewCustomer, probabilityAlive } from './bgnbdPredictions';

export { fitGammaGamma, gammaGammaLogLikelihood, expectedAverageSpend, frequencyMonetaryCorrelation } from './gammaGamma';
export type { GammaGammaFit, GammaGammaFitFailure, FrequencyMonetaryCorrelation } from './gammaGamma';

export { predictedClv } from './clv';
export type { PredictedClv, PredictedClvEmpty, PredictedClvOptions, ClvGroupTotal } from './clv';
export { whatIfRetention, reduceDropout } from './whatIf';
export type { WhatIfRetention, WhatIfRetentionEmpty, WhatIfRetentionOptions } from './whatIf';
export { calibrationHoldoutCheck } from './holdoutCheck';
export type { HoldoutCheck, HoldoutCheckEmpty, HoldoutCheckRow } from './holdoutCheck';
export { atRiskCustomers } from './atRisk';
export type { AtRiskCustomer, AtRiskCustomers, AtRiskEmpty, AtRiskOptions } from './atRisk';

export { DAYS_PER_MONTH, DAYS_PER_UNIT, MINIMUM_CUSTOMERS_FOR_FIT } from './types';
export type { BgNbdParams, CustomerSummary, FitFailureReason, FitOptions, GammaGammaParams, TimeUnit } from './types';

export { predictiveReport, aliveHistogram } from './predictiveReport';
export type {
  AliveHistogramBin,
  CohortClv,
  PredictiveOptions,
  PredictiveFailureReason,
  PredictiveReport,
  PredictiveReportFailure,
  ReportAtRisk,
  ReportClv,
  ReportWhatIf,
  SpendModelResult,
  Unavailable,
} from './predictiveReport';
export { frequencyRecencyMatrix, MATRIX_LIMIT } from './frequencyRecencyMatrix';
export type { FrequencyRecencyMatrix, FrequencyRecencyMatrixEmpty, RecencyBucket } from './frequencyRecencyMatrix';
