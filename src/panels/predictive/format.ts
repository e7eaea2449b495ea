/** Display formatting the predictive panel needs beyond src/i18n/numbers.ts, through Intl. */
import type { CalendarSystem } from '../../metrics/calendar';

const locale = (): string => (typeof navigator !== 'undefined' ? navigator.language : 'en-US');

/** A number with at most `digits` decimals (model parameters, expected purchases). */
export function formatDecimal(value: number, digits = 2): string {
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: digits }).format(value);
}

/** A day number (days since 1970-01-01, UTC) as a medium date in the user's calendar. */
export function formatDay(day: number, calendar: CalendarSystem): string {
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeZone: 'UTC', calendar: calendar === 'jalali' ? 'persian' : 'gregory' };
  return new Intl.DateTimeFormat(locale(), options).format(new Date(day * 86_400_000));
}
