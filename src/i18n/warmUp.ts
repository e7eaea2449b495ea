/**
 * The first Intl formatter made in a page costs 20–25 ms (ICU loads the locale's data; measured in
 * Chromium on the sample: the first formatInteger of the dashboard's first drawing); later ones
 * cost little. warmUpFormatters() makes the formatters a dashboard's first drawing uses while the
 * page is idle (before a file is chosen), one per idle callback, so that drawing does not pay for
 * them in its one long task.
 */
import { useAppStore } from '../store/store';
import { formatDate, formatPeriodLabel, weekdayName } from './dates';
import { currencyName, formatInteger, formatMoney, formatPercent } from './numbers';
import { CURRENCIES } from '../store/urlState';

/** Runs a step later: warmUpFormatters() and warmUpCharts() take one step per call. */
export type Schedule = (step: () => void) => void;

/** requestIdleCallback where the browser has it (with a 2 s deadline), else a timer. */
export const whenIdle: Schedule = (step) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => step(), { timeout: 2000 });
  else setTimeout(step, 200);
};

export function warmUpFormatters(schedule: Schedule = whenIdle): void {
  const { settings } = useAppStore.getState();
  const steps = [
    () => formatInteger(1234),
    () => formatPercent(12.5),
    () => formatPercent(12, 0),
    () => formatMoney(1234, settings.currency),
    () => formatPeriodLabel('2024-03', settings.calendar),
    () => formatDate(19_800, settings.calendar),
    () => weekdayName(settings.weekStart),
    () => CURRENCIES.forEach(currencyName),
  ];
  const next = (): void => {
    const step = steps.shift();
    if (!step) return;
    step();
    schedule(next);
  };
  schedule(next);
}
