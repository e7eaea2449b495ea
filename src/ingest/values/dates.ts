/**
 * Date cells → day numbers (days since 1970-01-01, the engine's calendar day).
 *
 * - A written zone (`Z`, `+03:30`, `-0500`) converts the moment to its UTC calendar day;
 *   without a zone the date is taken as written (the shop's local day).
 * - A year 1300–1499 means Solar Hijri (Jalali): `1403/05/12` is 1403 Mordad 12 = 2024-08-02.
 * - `dd/mm/yyyy` vs `mm/dd/yyyy` is a column decision (see dateColumn.ts); `dd.mm.yyyy` is always day first.
 * - Plain numbers are dates only when the whole column says so: Excel serials or Unix time.
 * Unreadable → null (the caller rejects the row with the raw value; never 0 or today).
 */
import { dayFromJalali, validDayFromYmd } from '../../metrics/calendar';
import { EARLIEST_DAY, LATEST_DAY } from '../limits';
import { readDateParts, type DateParts } from './dateParts';
import { dayFromExcelSerial, EXCEL_SERIAL_MAX, EXCEL_SERIAL_MIN } from './excelSerial';

/** How plain numbers in a date column are read. */
export type NumericDateKind = 'excel-serial' | 'unix-seconds' | 'unix-milliseconds';

export interface DateReading {
  order: 'dmy' | 'mdy';
  /** null: plain numbers are not dates in this column. */
  numbers: NumericDateKind | null;
}

const MINUTES_PER_DAY = 1440;
const MS_PER_DAY = 86_400_000;
/** Unix times we accept as dates: 2000-01-01 … 2100-01-01 (seconds). */
export const UNIX_SECONDS_MIN = 946_684_800;
export const UNIX_SECONDS_MAX = 4_102_444_800;

/** Which reading, if any, a plain number in a date column can have (used by the column profile). */
export function numericDateKinds(value: number): NumericDateKind[] {
  const kinds: NumericDateKind[] = [];
  if (value >= EXCEL_SERIAL_MIN && value <= EXCEL_SERIAL_MAX) kinds.push('excel-serial');
  if (Number.isInteger(value) && value >= UNIX_SECONDS_MIN && value <= UNIX_SECONDS_MAX) kinds.push('unix-seconds');
  if (Number.isInteger(value) && value >= UNIX_SECONDS_MIN * 1000 && value <= UNIX_SECONDS_MAX * 1000) kinds.push('unix-milliseconds');
  return kinds;
}

export function isJalaliYear(year: number): boolean {
  return year >= 1300 && year < 1500;
}

/** Day number of a calendar date, Jalali when the year says so; null when the date does not exist. */
export function dayFromCalendarDate(year: number, month: number, dayOfMonth: number): number | null {
  if (isJalaliYear(year)) {
    if (!Number.isInteger(month) || !Number.isInteger(dayOfMonth)) return null;
    return dayFromJalali(year, month, dayOfMonth);
  }
  return validDayFromYmd(year, month, dayOfMonth);
}

function shiftByZone(day: number, minutes: number, offsetMinutes: number | null): number {
  if (offsetMinutes === null) return day;
  return day + Math.floor((minutes - offsetMinutes) / MINUTES_PER_DAY);
}

/** Turns parts into a day number under the column's reading. */
export function dayFromParts(parts: DateParts, reading: DateReading): number | null {
  switch (parts.shape) {
    case 'yearMonthDay': {
      const day = dayFromCalendarDate(parts.year, parts.month, parts.day);
      if (day === null) return null;
      return parts.time ? shiftByZone(day, parts.time.minutes, parts.time.offsetMinutes) : day;
    }
    case 'dayMonthOrMonthDay': {
      const [dayOfMonth, month] = reading.order === 'dmy' ? [parts.first, parts.second] : [parts.second, parts.first];
      const day = dayFromCalendarDate(parts.year, month, dayOfMonth);
      if (day === null) return null;
      return parts.time ? shiftByZone(day, parts.time.minutes, parts.time.offsetMinutes) : day;
    }
    case 'number':
      return dayFromNumber(parts.value, reading.numbers);
  }
}

function dayFromNumber(value: number, kind: NumericDateKind | null): number | null {
  if (kind === null || !numericDateKinds(value).includes(kind)) return null;
  switch (kind) {
    case 'excel-serial':
      // Excel serials carry no zone: the fraction is the local time of day, so only the integer part counts.
      return dayFromExcelSerial(value);
    case 'unix-seconds':
      return Math.floor((value * 1000) / MS_PER_DAY);
    case 'unix-milliseconds':
      return Math.floor(value / MS_PER_DAY);
  }
}

/** Day number of a proleptic Gregorian date without allocating a Date (H. Hinnant, "days_from_civil"). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const ISO_WITHOUT_ZONE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d+)?)?)?$/;

/** The common `YYYY-MM-DD[ HH:MM[:SS]]` without a zone, read fast; null → take the general path. */
function readPlainIso(text: string): number | null {
  const match = ISO_WITHOUT_ZONE.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (isJalaliYear(year) || month < 1 || month > 12 || day < 1) return null;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > DAYS_IN_MONTH[month - 1]! + (month === 2 && leap ? 1 : 0)) return null;
  return daysFromCivil(year, month, day);
}

/** One cell → day number, or null when unreadable under the column's reading. */
function readAnyDay(raw: string, reading: DateReading): number | null {
  const plain = readPlainIso(raw);
  if (plain !== null) return plain;
  const parts = readDateParts(raw);
  return parts ? dayFromParts(parts, reading) : null;
}

export function readDate(raw: string, reading: DateReading): number | null {
  const day = readAnyDay(raw, reading);
  // 0001-01-01 and 9999-12-31 are placeholders, not orders: outside 1900–2100 the date is unreadable.
  return day !== null && day >= EARLIEST_DAY && day <= LATEST_DAY ? day : null;
}
