/**
 * Number and day formatting the analysis panels need beyond src/i18n/numbers.ts (decimals,
 * shares in [0, 1], signed scores, days in the user's calendar). Intl throughout, like numbers.ts.
 */
import { t } from '../../i18n/messages';
import { formatPercent, numberFormatter } from '../../i18n/numbers';
import { formatDayLabel } from '../../i18n/dates';
import type { CalendarSystem } from '../../metrics/calendar';

/** A plain number with at most `digits` decimals (2.5, 0.43). */
export function formatDecimal(value: number, digits = 1): string {
  return numberFormatter({ maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(value);
}

/** A score that can be negative, always with its sign (+28.3, −12): NPS. */
export function formatSigned(value: number, digits = 1): string {
  return numberFormatter({ maximumFractionDigits: digits, signDisplay: 'exceptZero' }).format(value);
}

/** A share in [0, 1] as a percentage (0.109 → 10.9%); the metrics give RFM, frequency and survey-group shares this way. */
export function formatShare(share: number, digits = 1): string {
  return formatPercent(share * 100, digits);
}

/** A day number (days since 1970-01-01, UTC) as a date in the user's calendar, as the engine labels days (2024-03-31, 1403-01-12), in the locale's digits. */
export function formatDay(day: number, calendar: CalendarSystem): string {
  return formatDayLabel(day, calendar);
}

/** A number of days: "1 day", "29 days", "61.8 days". */
export function formatDays(days: number): string {
  return t(days === 1 ? 'panels.day' : 'panels.days', { days: formatDecimal(days) });
}
