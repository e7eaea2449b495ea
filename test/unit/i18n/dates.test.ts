import { afterEach, describe, expect, it } from 'vitest';
import { setActiveLocale } from '../../../src/i18n/locale';
import { formatDate, formatDayLabel, formatPeriodLabel, localiseDigits } from '../../../src/i18n/dates';
import { jalaliDateText, parseJalaliDate } from '../../../src/i18n/jalaliInput';
import { dayFromIso } from '../../../src/metrics/calendar';

afterEach(() => setActiveLocale({ language: 'en', digits: 'locale' }));

const NOWRUZ_1403 = dayFromIso('2024-03-20')!; // 1 Farvardin 1403

describe('formatPeriodLabel', () => {
  it('names Jalali months, not relabelled Gregorian ones', () => {
    expect(formatPeriodLabel('1403-01', 'jalali')).toBe('Farvardin 1403');
    expect(formatPeriodLabel('1402-12', 'jalali')).toBe('Esfand 1402');
    expect(formatPeriodLabel('1403-02', 'jalali')).toBe('Ordibehesht 1403');
    expect(formatPeriodLabel('2024-03', 'gregorian')).toBe('March 2024');
  });

  it('writes Persian month names and digits in fa', () => {
    setActiveLocale({ language: 'fa', digits: 'locale' });
    expect(formatPeriodLabel('1403-01', 'jalali')).toBe('فروردین ۱۴۰۳');
    expect(formatPeriodLabel('1402-12', 'jalali')).toBe('اسفند ۱۴۰۲');
    setActiveLocale({ language: 'fa', digits: 'latin' });
    expect(formatPeriodLabel('1403-01', 'jalali')).toBe('فروردین 1403');
  });

  it('labels quarters, weeks and days', () => {
    expect(formatPeriodLabel('2024-Q1', 'gregorian')).toBe('Q1 2024');
    expect(formatPeriodLabel('2024-W05', 'gregorian')).toBe('Week 5, 2024');
    expect(formatPeriodLabel('W2024-01-06', 'gregorian')).toBe('Week of Jan 6, 2024');
    expect(formatPeriodLabel('1403-01-01', 'jalali')).toBe('Farvardin 1, 1403');
    expect(formatPeriodLabel('2024', 'gregorian')).toBe('2024');
    expect(formatPeriodLabel('email', 'gregorian')).toBe('email');
    setActiveLocale({ language: 'fa', digits: 'locale' });
    expect(formatPeriodLabel('5+', 'gregorian')).toBe('۵+');
    expect(formatPeriodLabel('partner2', 'gregorian')).toBe('partner2');
  });
});

describe('days', () => {
  it('formats a day in either calendar without an era', () => {
    expect(formatDate(NOWRUZ_1403, 'gregorian')).toBe('Mar 20, 2024');
    expect(formatDate(NOWRUZ_1403, 'jalali')).toBe('Farvardin 1, 1403');
    setActiveLocale({ language: 'fa', digits: 'locale' });
    expect(formatDate(NOWRUZ_1403, 'jalali')).toBe('۱ فروردین ۱۴۰۳');
  });

  it('keeps the engine’s day labels, in the locale’s digits', () => {
    expect(formatDayLabel(NOWRUZ_1403, 'gregorian')).toBe('2024-03-20');
    setActiveLocale({ language: 'fa', digits: 'locale' });
    expect(formatDayLabel(NOWRUZ_1403, 'jalali')).toBe('۱۴۰۳-۰۱-۰۱');
    setActiveLocale({ language: 'ar', digits: 'locale' });
    expect(localiseDigits('2024-03')).toBe('٢٠٢٤-٠٣');
  });
});

describe('Solar Hijri date input', () => {
  it('reads year/month/day in Latin, Persian or Arabic-Indic digits', () => {
    expect(parseJalaliDate('1403/01/01')).toBe(NOWRUZ_1403);
    expect(parseJalaliDate('۱۴۰۳/۰۱/۰۱')).toBe(NOWRUZ_1403);
    expect(parseJalaliDate('١٤٠٣-١-١')).toBe(NOWRUZ_1403);
    expect(parseJalaliDate(' 1402/12/29 ')).toBe(NOWRUZ_1403 - 1);
  });

  it('rejects dates that do not exist', () => {
    expect(parseJalaliDate('1402/12/30')).toBeNull(); // 1402 is not a leap year: Esfand has 29 days
    expect(parseJalaliDate('1403/13/01')).toBeNull();
    expect(parseJalaliDate('1403/01')).toBeNull();
    expect(parseJalaliDate('tomorrow')).toBeNull();
  });

  it('writes a day back as year/month/day', () => {
    expect(jalaliDateText(NOWRUZ_1403 + 30)).toBe('1403/01/31');
    expect(jalaliDateText(NOWRUZ_1403 + 31)).toBe('1403/02/01');
  });
});
