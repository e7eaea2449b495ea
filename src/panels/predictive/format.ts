/** Display formatting the predictive panel needs beyond src/i18n/numbers.ts, through Intl. */
import type { CalendarSystem } from '../../metrics/calendar';
import { numberFormatter } from '../../i18n/numbers';
import { formatDate } from '../../i18n/dates';

/** A number with at most `digits` decimals (model parameters, expected purchases). */
export function formatDecimal(value: number, digits = 2): string {
  return numberFormatter({ maximumFractionDigits: digits }).format(value);
}

/** A day number (days since 1970-01-01, UTC) as a medium date in the user's calendar and locale. */
export function formatDay(day: number, calendar: CalendarSystem): string {
  return formatDate(day, calendar);
}
