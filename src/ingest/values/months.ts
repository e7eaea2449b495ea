/**
 * Spend periods: a month written without a day (`2024-01`, `2024/01`, `01/2024`, `Jan 2024`,
 * `January 2024`, `1403-05` in Solar Hijri) is its first day; a full date is taken as written.
 */
import { asciiDigits } from './digits';
import { dayFromCalendarDate, readDate, type DateReading } from './dates';

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export function readPeriodStart(raw: string, reading: DateReading): number | null {
  const text = asciiDigits(raw).trim();
  let match = /^(\d{4})[-/.](\d{1,2})$/.exec(text);
  if (match) return dayFromCalendarDate(Number(match[1]), Number(match[2]), 1);
  match = /^(\d{1,2})[-/.](\d{4})$/.exec(text);
  if (match) return dayFromCalendarDate(Number(match[2]), Number(match[1]), 1);
  match = /^([a-z]+)\.?[\s-]+(\d{4})$/i.exec(text);
  if (match) {
    const month = MONTH_NAMES.indexOf(match[1]!.toLowerCase().slice(0, 3)) + 1;
    const known = month > 0 && (match[1]!.length === 3 || /^(january|february|march|april|may|june|july|august|september|sept|october|november|december)$/i.test(match[1]!));
    return known ? dayFromCalendarDate(Number(match[2]), month, 1) : null;
  }
  return readDate(text, reading);
}
