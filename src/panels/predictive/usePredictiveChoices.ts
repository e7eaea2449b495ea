/**
 * What the user chose in the predictive panel, turned into the report's options. The what-if
 * slider is committed after a short pause so dragging it does not queue one computation per step
 * (the fits themselves are cached in the engine; only CLV is recomputed).
 */
import { useEffect, useMemo, useState } from 'react';
import type { PredictiveOptions, TimeUnit } from '../../metrics/predictive';

export interface PredictiveChoices {
  /** null: fit on all the data. */
  calibrationEndDay: number | null;
  /** Check the fit against the orders after the calibration end. */
  holdout: boolean;
  timeUnit: TimeUnit;
  horizonMonths: number;
  /** Per month, in percent (1 = 1 %). */
  monthlyDiscountPercent: number;
  /** The slider's position, 0–50. */
  dropoutReductionPercent: number;
}

export const DEFAULT_CHOICES: PredictiveChoices = {
  calibrationEndDay: null,
  holdout: false,
  timeUnit: 'week',
  horizonMonths: 12,
  monthlyDiscountPercent: 1,
  dropoutReductionPercent: 10,
};

const SLIDER_PAUSE_MS = 200;

/** The holdout runs to the end of the data (or of the date filter): it is only possible before that. */
export function holdoutEndFor(choices: PredictiveChoices, dataLastDay: number | null): number | null {
  if (!choices.holdout || choices.calibrationEndDay === null || dataLastDay === null) return null;
  return dataLastDay > choices.calibrationEndDay ? dataLastDay : null;
}

export function usePredictiveChoices(dataLastDay: number | null) {
  const [choices, setChoices] = useState<PredictiveChoices>(DEFAULT_CHOICES);
  const [committedReduction, setCommittedReduction] = useState(DEFAULT_CHOICES.dropoutReductionPercent);
  useEffect(() => {
    const timer = setTimeout(() => setCommittedReduction(choices.dropoutReductionPercent), SLIDER_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [choices.dropoutReductionPercent]);

  const options = useMemo<PredictiveOptions>(
    () => ({
      calibrationEndDay: choices.calibrationEndDay,
      holdoutEndDay: holdoutEndFor(choices, dataLastDay),
      timeUnit: choices.timeUnit,
      horizonMonths: choices.horizonMonths,
      monthlyDiscountRate: choices.monthlyDiscountPercent / 100,
      dropoutReductionPercent: committedReduction,
    }),
    [choices, committedReduction, dataLastDay],
  );
  const update = (patch: Partial<PredictiveChoices>): void => setChoices((current) => ({ ...current, ...patch }));
  return { choices, update, options };
}
