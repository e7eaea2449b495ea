/**
 * Dates and period labels for display, through Intl in the active locale and the user's
 * calendar (`-u-ca-persian` in Solar Hijri mode). The engine's labels stay machine-readable
 * (2024-03, 1403-01, 2024-Q1, 2024-W05, W2024-01-06, 2024) in CSV exports, URLs and
 * click-throughs; this module is the one place that maps them to what people read
 * ("Farvardin 1403", "فروردین ۱۴۰۳", "Q1 2024").
 */
import { dayFromJalali, periodStartDay, periodLabel, validDayFromYmd, type CalendarSystem } from '../metrics/calendar';
import { activeIntlLocale } from './locale';
import { t } from './messages';
import { numberFormatter } from './numbers';

const MS_PER_DAY = 86_400_000;
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormatter(calendar: CalendarSystem, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const locale = activeIntlLocale(calendar);
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    dateFormats.set(key, format);
  }
  return format;
}

/** The weekday's name in the active locale (2024-01-06 was a Saturday: weekday w is w + 1 days later, modulo a week). */
export function weekdayName(weekday: number): string {
  const saturday = Date.UTC(2024, 0, 6);
  return dateFormatter('gregorian', { weekday: 'long' }).format(new Date(saturday + ((weekday + 1) % 7) * MS_PER_DAY));
}

/** ASCII digits written in the active locale's digits (٠-٩, ۰-۹ or 0-9); other characters unchanged. */
export function localiseDigits(text: string): string {
  const digits = numberFormatter({ useGrouping: false });
  return text.replace(/[0-9]/g, (digit) => digits.format(Number(digit)));
}

/** Formatted text without the era ("1403 AP", "١٤٠٣ ه‍.ش"): the calendar setting already says which era. */
function withoutEra(parts: readonly Intl.DateTimeFormatPart[]): string {
  return parts
    .filter((part) => part.type !== 'era')
    .map((part) => part.value)
    .join('')
    .trim();
}

/** A day number as a medium date in the calendar ("Mar 20, 2024", "۱ فروردین ۱۴۰۳"). */
export function formatDate(day: number, calendar: CalendarSystem): string {
  return withoutEra(dateFormatter(calendar, { dateStyle: 'medium' }).formatToParts(new Date(day * MS_PER_DAY)));
}

/** A day as the engine labels it (2024-03-31, 1403-01-12) in the locale's digits: compact, sortable, as in exports. */
export function formatDayLabel(day: number, calendar: CalendarSystem): string {
  return localiseDigits(periodLabel(day, { period: 'day', calendar }));
}

/** Month name and year ("Farvardin 1403", "فروردین ۱۴۰۳"), ordered by the catalogue's period.month message. */
function monthYear(day: number, calendar: CalendarSystem): string {
  const parts = dateFormatter(calendar, { year: 'numeric', month: 'long' }).formatToParts(new Date(day * MS_PER_DAY));
  const month = parts.find((part) => part.type === 'month')?.value;
  const year = parts.find((part) => part.type === 'year')?.value;
  if (month === undefined || year === undefined) return withoutEra(parts);
  return t('period.month', { month, year });
}

function dayOfLabel(year: number, month: number, dayOfMonth: number, calendar: CalendarSystem): number | null {
  return calendar === 'jalali' ? dayFromJalali(year, month, dayOfMonth) : validDayFromYmd(year, month, dayOfMonth);
}

/**
 * The display text of an engine period label in the given calendar. Any other label is shown
 * as it is: figures-only labels ("5+", "12") in the locale's digits, words (a channel such as
 * "partner2") untouched, as they are in the data.
 */
export function formatPeriodLabel(label: string, calendar: CalendarSystem): string {
  const month = /^(\d{3,4})-(\d{2})$/.exec(label);
  if (month) {
    const index = Number(month[1]) * 12 + Number(month[2]) - 1;
    // The middle of the month: safe from any one-day disagreement between calendar libraries.
    return monthYear(periodStartDay(index, { period: 'month', calendar }) + 14, calendar);
  }
  const quarter = /^(\d{3,4})-Q([1-4])$/.exec(label);
  if (quarter) return t('period.quarter', { quarter: Number(quarter[2]), year: Number(quarter[1]) });
  const isoWeek = /^(\d{4})-W(\d{2})$/.exec(label);
  if (isoWeek) return t('period.isoWeek', { week: Number(isoWeek[2]), year: Number(isoWeek[1]) });
  const day = /^(W?)(\d{3,4})-(\d{2})-(\d{2})$/.exec(label);
  if (day) {
    const dayNumber = dayOfLabel(Number(day[2]), Number(day[3]), Number(day[4]), calendar);
    if (dayNumber !== null) return day[1] === 'W' ? t('period.weekOf', { date: formatDate(dayNumber, calendar) }) : formatDate(dayNumber, calendar);
  }
  return figuresText(label);
}

/** A label made of figures only ("5+", "12") in the locale's digits; any other label (words from the data) as it is. */
export function figuresText(label: string): string {
  return /^[\d\s.,+\-–%]+$/.test(label) ? localiseDigits(label) : label;
}
