/**
 * Days and periods. Inside the engine a date is an integer day number (days since 1970-01-01,
 * computed with UTC arithmetic so no time zone shifts it). Periods are consecutive integers,
 * so "cohort + k" is plain addition, in either calendar.
 *
 * Solar Hijri (Jalali) conversion: jalaali-js (Borkowski's algorithm, the reference used by
 * most Persian calendar software).
 */
import { d2j, j2d, isValidJalaaliDate } from 'jalaali-js';

export type Period = 'day' | 'week' | 'month' | 'quarter' | 'year';
export type CalendarSystem = 'gregorian' | 'jalali';

export const PERIODS: readonly Period[] = ['day', 'week', 'month', 'quarter', 'year'];

/** Julian day number of 1970-01-01. */
const UNIX_EPOCH_JDN = 2440588;
const MS_PER_DAY = 86_400_000;

export function dayFromYmd(year: number, month: number, dayOfMonth: number): number {
  return Math.floor(Date.UTC(year, month - 1, dayOfMonth) / MS_PER_DAY);
}

/** Validates a Gregorian calendar date and returns its day number, or null. */
export function validDayFromYmd(year: number, month: number, dayOfMonth: number): number | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(dayOfMonth)) return null;
  if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > 31) return null;
  const date = new Date(Date.UTC(2000, month - 1, dayOfMonth));
  date.setUTCFullYear(year);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== dayOfMonth) return null;
  return Math.floor(date.getTime() / MS_PER_DAY);
}

export function ymdFromDay(day: number): { year: number; month: number; day: number } {
  const date = new Date(day * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** ISO date string (YYYY-MM-DD) of a day number. */
export function isoDate(day: number): string {
  const { year, month, day: d } = ymdFromDay(day);
  const y = year < 0 ? `-${String(-year).padStart(4, '0')}` : String(year).padStart(4, '0');
  return `${y}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Parses YYYY-MM-DD into a day number, or null. */
export function dayFromIso(text: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return null;
  return validDayFromYmd(Number(match[1]), Number(match[2]), Number(match[3]));
}

export function jalaliFromDay(day: number): { year: number; month: number; day: number } {
  const j = d2j(day + UNIX_EPOCH_JDN);
  return { year: j.jy, month: j.jm, day: j.jd };
}

export function dayFromJalali(year: number, month: number, dayOfMonth: number): number | null {
  if (!isValidJalaaliDate(year, month, dayOfMonth)) return null;
  return j2d(year, month, dayOfMonth) - UNIX_EPOCH_JDN;
}

/** Day of week, 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export interface PeriodOptions {
  period: Period;
  calendar?: CalendarSystem;
  /** First day of the week, 0 = Sunday … 6 = Saturday; 1 (Monday, ISO 8601) by default. */
  weekStart?: number;
}

/** The period a day falls in, as an integer; consecutive periods differ by exactly 1. */
export function periodIndex(day: number, options: PeriodOptions): number {
  const calendar = options.calendar ?? 'gregorian';
  switch (options.period) {
    case 'day':
      return day;
    case 'week': {
      const start = options.weekStart ?? 1;
      return Math.floor((day - start - 3) / 7); // day 3 (1970-01-04) was a Sunday
    }
    case 'month':
    case 'quarter':
    case 'year': {
      const { year, month } = calendar === 'jalali' ? jalaliFromDay(day) : ymdFromDay(day);
      if (options.period === 'month') return year * 12 + (month - 1);
      if (options.period === 'quarter') return year * 4 + Math.floor((month - 1) / 3);
      return year;
    }
  }
}

/** The first day of a period index. */
export function periodStartDay(index: number, options: PeriodOptions): number {
  const calendar = options.calendar ?? 'gregorian';
  const fromYm = (year: number, month: number): number =>
    calendar === 'jalali' ? dayFromJalali(year, month, 1)! : dayFromYmd(year, month, 1);
  switch (options.period) {
    case 'day':
      return index;
    case 'week':
      return index * 7 + (options.weekStart ?? 1) + 3;
    case 'month':
      return fromYm(Math.floor(index / 12), (((index % 12) + 12) % 12) + 1);
    case 'quarter':
      return fromYm(Math.floor(index / 4), (((index % 4) + 4) % 4) * 3 + 1);
    case 'year':
      return fromYm(index, 1);
  }
}

/** ISO 8601 week-numbering year and week of a day. */
export function isoWeek(day: number): { year: number; week: number } {
  const dow = (weekday(day) + 6) % 7; // Monday = 0
  const thursday = day - dow + 3;
  const { year } = ymdFromDay(thursday);
  const week = Math.floor((thursday - dayFromYmd(year, 1, 1)) / 7) + 1;
  return { year, week };
}

/**
 * A stable, sortable label: `2011-01-05` (day), `2011-W01` (ISO week; other week starts are
 * labelled by their first day, `W2011-01-01`), `2011-01` (month), `2011-Q1`, `2011`.
 * Jalali periods use Jalali years and months (`1403-01` is Farvardin 1403).
 */
export function periodLabel(index: number, options: PeriodOptions): string {
  const calendar = options.calendar ?? 'gregorian';
  const pad = (n: number): string => String(n).padStart(2, '0');
  switch (options.period) {
    case 'day': {
      if (calendar === 'jalali') {
        const j = jalaliFromDay(index);
        return `${j.year}-${pad(j.month)}-${pad(j.day)}`;
      }
      return isoDate(index);
    }
    case 'week': {
      const start = periodStartDay(index, options);
      if ((options.weekStart ?? 1) === 1 && calendar === 'gregorian') {
        const { year, week } = isoWeek(start);
        return `${year}-W${pad(week)}`;
      }
      return `W${periodLabel(start, { period: 'day', calendar })}`;
    }
    case 'month':
      return `${Math.floor(index / 12)}-${pad((((index % 12) + 12) % 12) + 1)}`;
    case 'quarter':
      return `${Math.floor(index / 4)}-Q${(((index % 4) + 4) % 4) + 1}`;
    case 'year':
      return String(index);
  }
}

/** Average length of a period in days (for converting a churn window or a horizon). */
export function periodLengthDays(period: Period): number {
  switch (period) {
    case 'day':
      return 1;
    case 'week':
      return 7;
    case 'month':
      return 365.2425 / 12;
    case 'quarter':
      return 365.2425 / 4;
    case 'year':
      return 365.2425;
  }
}
