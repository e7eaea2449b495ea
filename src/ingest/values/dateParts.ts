/**
 * Reading one date cell into its parts, before the column-level decisions (day/month order,
 * Excel serial or Unix time) turn the parts into a day number. See docs/formats.md, "Dates".
 */
import { asciiDigits } from './digits';

/** Time of day as written, with the zone when the value carries one. */
export interface TimeOfDay {
  /** Minutes since midnight (seconds dropped: only the calendar day matters). */
  minutes: number;
  /** Offset east of UTC in minutes (`Z` = 0, `-05:00` = -300); null when no zone is written. */
  offsetMinutes: number | null;
}

/** The shapes a date cell can have; `dayMonthOrMonthDay` still needs the column's order. */
export type DateParts =
  | { shape: 'yearMonthDay'; format: DateFormat; year: number; month: number; day: number; time: TimeOfDay | null }
  | { shape: 'dayMonthOrMonthDay'; first: number; second: number; year: number; time: TimeOfDay | null }
  | { shape: 'number'; value: number };

/** Labels of the formats, for notes and the mapping screen. */
export const DATE_FORMATS = ['iso', 'year/month/day', 'yyyymmdd', 'day.month.year', 'day/month/year or month/day/year', 'month name', 'number'] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};
const WEEKDAY_PREFIX = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+/;

const YEAR_FIRST = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:(?:T|\s+|,\s*)(.+))?$/i;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const YEAR_LAST = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?:(?:T|\s+|,\s*)(.+))?$/i;
const MONTH_FIRST = /^([a-z]+)\.?[\s-]+(\d{1,2})(?:st|nd|rd|th)?,?[\s-]+(\d{4}|\d{2})(?:(?:\s+|,\s*)(.+))?$/;
const DAY_FIRST = /^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([a-z]+)\.?,?[\s-]+(\d{4}|\d{2})(?:(?:\s+|,\s*)(.+))?$/;
const NUMBER = /^\d+(?:\.\d+)?$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(am|pm)?\s*(z|utc|gmt|[+-]\d{2}(?::?\d{2})?)?$/i;

/** Two-digit years as Excel reads them: 00–29 → 2000–2029, 30–99 → 1930–1999. */
export function fullYear(written: string): number {
  const year = Number(written);
  if (written.length > 2) return year;
  return year < 30 ? 2000 + year : 1900 + year;
}

/** Reads the time after a date ("14:03", "2:03 PM", "14:03:22.5Z", "09:50:26 +0200"); null if unreadable. */
export function readTime(text: string): TimeOfDay | null {
  const match = TIME.exec(text.trim());
  if (!match) return null;
  let hours = Number(match[1]);
  const minutes = Number(match[2]);
  const seconds = match[3] === undefined ? 0 : Number(match[3]);
  const meridiem = match[4]?.toLowerCase();
  if (meridiem) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  if (hours > 24 || minutes > 59 || seconds > 60 || (hours === 24 && minutes + seconds > 0)) return null;
  return { minutes: hours * 60 + minutes, offsetMinutes: readZone(match[5]) };
}

function readZone(zone: string | undefined): number | null {
  if (zone === undefined) return null;
  const lower = zone.toLowerCase();
  if (lower === 'z' || lower === 'utc' || lower === 'gmt') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2)) : 0;
  return sign * (hours * 60 + minutes);
}

type CalendarParts = Exclude<DateParts, { shape: 'number' }>;

function withTime(parts: CalendarParts, timeText: string | undefined): CalendarParts | null {
  if (timeText === undefined) return parts;
  const time = readTime(timeText);
  return time ? { ...parts, time } : null;
}

/** Splits a date cell into parts; null when no accepted shape matches. */
export function readDateParts(raw: string): DateParts | null {
  const text = asciiDigits(raw).trim();
  if (text === '') return null;
  let match = YEAR_FIRST.exec(text);
  if (match) {
    const format: DateFormat = match[2] === '-' ? 'iso' : 'year/month/day';
    return withTime({ shape: 'yearMonthDay', format, year: Number(match[1]), month: Number(match[3]), day: Number(match[4]), time: null }, match[5]);
  }
  match = YEAR_LAST.exec(text);
  if (match) {
    const year = fullYear(match[4]!);
    if (match[2] === '.') {
      return withTime({ shape: 'yearMonthDay', format: 'day.month.year', year, month: Number(match[3]), day: Number(match[1]), time: null }, match[5]);
    }
    return withTime({ shape: 'dayMonthOrMonthDay', first: Number(match[1]), second: Number(match[3]), year, time: null }, match[5]);
  }
  match = COMPACT.exec(text);
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    const plausibleYear = (year >= 1300 && year < 1500) || (year >= 1900 && year < 2200);
    if (plausibleYear && month >= 1 && month <= 12 && day >= 1 && day <= 31) {
      return { shape: 'yearMonthDay', format: 'yyyymmdd', year, month, day, time: null };
    }
  }
  if (NUMBER.test(text)) return { shape: 'number', value: Number(text) };
  return readMonthName(text.toLowerCase().replace(WEEKDAY_PREFIX, ''));
}

function readMonthName(text: string): DateParts | null {
  let match = MONTH_FIRST.exec(text);
  if (match) {
    const month = MONTHS[match[1]!];
    if (month === undefined) return null;
    return withTime({ shape: 'yearMonthDay', format: 'month name', year: fullYear(match[3]!), month, day: Number(match[2]), time: null }, match[4]);
  }
  match = DAY_FIRST.exec(text);
  if (match) {
    const month = MONTHS[match[2]!];
    if (month === undefined) return null;
    return withTime({ shape: 'yearMonthDay', format: 'month name', year: fullYear(match[3]!), month, day: Number(match[1]), time: null }, match[4]);
  }
  return null;
}
