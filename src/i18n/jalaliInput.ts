/**
 * Solar Hijri dates typed by people: `1403/05/12`, `۱۴۰۳/۰۵/۱۲`, `1403-5-12`. Used by the date
 * fields in Jalali mode (browsers' <input type=date> only knows the Gregorian calendar).
 */
import { dayFromJalali, jalaliFromDay } from '../metrics/calendar';
import { latinDigits } from './localisedNumber';

/** The day number of a typed Solar Hijri date, or null when it is not a valid year/month/day. */
export function parseJalaliDate(text: string): number | null {
  const match = /^(\d{4})\s*[/\-.]\s*(\d{1,2})\s*[/\-.]\s*(\d{1,2})$/.exec(latinDigits(text.trim()));
  if (!match) return null;
  return dayFromJalali(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** A day as year/month/day in the Solar Hijri calendar, Latin digits (1403/05/12). */
export function jalaliDateText(day: number): string {
  const { year, month, day: dayOfMonth } = jalaliFromDay(day);
  return `${year}/${String(month).padStart(2, '0')}/${String(dayOfMonth).padStart(2, '0')}`;
}
