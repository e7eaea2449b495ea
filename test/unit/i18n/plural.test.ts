import { afterEach, describe, expect, it } from 'vitest';
import { messageText, pluralForm, t } from '../../../src/i18n/messages';
import { setActiveLocale } from '../../../src/i18n/locale';
import { parseLocalisedNumber } from '../../../src/i18n/localisedNumber';

afterEach(() => setActiveLocale({ language: 'en', digits: 'locale' }));

// CLDR plural rules: en one/other; fa one (0 and 1, "i = 0 or n = 1")/other;
// ar zero/one/two/few (3–10)/many (11–99)/other (100, 101, 102…).
const arabicForms = { zero: 'zero', one: 'one', two: 'two', few: 'few', many: 'many', other: 'other' };

describe('pluralForm', () => {
  it('chooses English one/other', () => {
    const forms = { one: 'one', other: 'other' };
    expect([0, 1, 2, 21].map((n) => pluralForm(forms, n, 'en'))).toEqual(['other', 'one', 'other', 'other']);
  });

  it('chooses Persian one for 0 and 1, other above', () => {
    const forms = { one: 'one', other: 'other' };
    expect([0, 1, 2, 5].map((n) => pluralForm(forms, n, 'fa'))).toEqual(['one', 'one', 'other', 'other']);
  });

  it('chooses the six Arabic categories', () => {
    expect([0, 1, 2, 3, 10, 11, 99, 100, 102, 103].map((n) => pluralForm(arabicForms, n, 'ar'))).toEqual([
      'zero', 'one', 'two', 'few', 'few', 'many', 'many', 'other', 'other', 'few',
    ]);
  });

  it('falls back to other when a form is missing or the count is unreadable', () => {
    expect(pluralForm({ other: 'other' }, 1, 'ar')).toBe('other');
    expect(pluralForm({ one: 'one', other: 'other' }, 'many', 'en')).toBe('other');
    expect(pluralForm({ one: 'one', other: 'other' }, undefined, 'en')).toBe('other');
  });

  it('reads counts already written by Intl in each locale', () => {
    expect(pluralForm(arabicForms, '١١', 'ar')).toBe('many');
    expect(pluralForm(arabicForms, '٢', 'ar')).toBe('two');
    expect(pluralForm({ one: 'one', other: 'other' }, '۱', 'fa')).toBe('one');
    expect(pluralForm({ one: 'one', other: 'other' }, '1,234', 'en')).toBe('other');
  });
});

describe('parseLocalisedNumber', () => {
  it('reads Latin, Persian and Arabic-Indic digits with their separators', () => {
    expect(parseLocalisedNumber('1,234.5')).toBe(1234.5);
    expect(parseLocalisedNumber('۱٬۲۳۴٫۵')).toBe(1234.5);
    expect(parseLocalisedNumber('١٢٣')).toBe(123);
    expect(parseLocalisedNumber('−12')).toBe(-12);
    expect(parseLocalisedNumber('twelve')).toBeNull();
  });
});

describe('t', () => {
  it('fills placeholders and picks the English plural', () => {
    expect(t('datasets.rejected', { count: 1 })).toBe('1 row skipped');
    expect(t('datasets.rejected', { count: 3 })).toBe('3 rows skipped');
    expect(t('datasets.rejectedDetail', { count: '1', reasons: 'x' })).toBe('1 row skipped: x');
  });

  it('writes number values in the active locale’s digits, without grouping below 10 000', () => {
    expect(t('controls.churnWindow.derived', { days: 1403 })).toBe('Leave blank to use the window derived from the data: 1403 days.');
    setActiveLocale({ language: 'fa', digits: 'locale' });
    expect(t('datasets.rejected', { count: 12 })).toContain('۱۲');
    setActiveLocale({ language: 'fa', digits: 'latin' });
    expect(t('datasets.rejected', { count: 12 })).toContain('12');
    setActiveLocale({ language: 'ar', digits: 'locale' });
    expect(t('datasets.rejected', { count: 12345 })).toContain('١٢٬٣٤٥');
  });

  it('uses the language’s own text, so the switch changes every message', () => {
    setActiveLocale({ language: 'fa', digits: 'locale' });
    expect(t('app.title')).not.toBe('Customer retention');
    setActiveLocale({ language: 'ar', digits: 'locale' });
    expect(t('app.title')).not.toBe('Customer retention');
  });

  it('formats a plural message of another catalogue with that language’s rules', () => {
    expect(messageText(arabicForms, { count: 2 }, 'ar')).toBe('two');
    expect(messageText({ one: '{count} file', other: '{count} files' }, { count: 1 }, 'en')).toBe('1 file');
  });
});
