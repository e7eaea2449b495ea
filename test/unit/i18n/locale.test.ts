import { afterEach, describe, expect, it } from 'vitest';
import { defaultCalendarFor, defaultWeekStartFor, directionOf, intlLocale, languageFromPreferences, setActiveLocale } from '../../../src/i18n/locale';
import { formatInteger, formatMoney, formatPercent } from '../../../src/i18n/numbers';
import { formatDecimal, formatSigned } from '../../../src/ui/charts/format';
import { formatDecimal as formatModelDecimal } from '../../../src/panels/predictive/format';

afterEach(() => setActiveLocale({ language: 'en', digits: 'locale' }));

describe('intlLocale', () => {
  it('builds the Intl tag from language, digits and calendar', () => {
    expect(intlLocale({ language: 'en', digits: 'locale' })).toBe('en-US-u-ca-gregory-nu-latn');
    expect(intlLocale({ language: 'fa', digits: 'locale' }, 'jalali')).toBe('fa-IR-u-ca-persian-nu-arabext');
    expect(intlLocale({ language: 'fa', digits: 'latin' }, 'jalali')).toBe('fa-IR-u-ca-persian-nu-latn');
    expect(intlLocale({ language: 'ar', digits: 'locale' })).toBe('ar-EG-u-ca-gregory-nu-arab');
    expect(intlLocale({ language: 'ar', digits: 'latin' })).toBe('ar-EG-u-ca-gregory-nu-latn');
  });

  it('gives tags Intl accepts as they are', () => {
    for (const language of ['en', 'fa', 'ar'] as const) {
      for (const digits of ['locale', 'latin'] as const) {
        const tag = intlLocale({ language, digits }, 'jalali');
        expect(Intl.getCanonicalLocales(tag)).toEqual([tag]);
      }
    }
  });
});

describe('language choice', () => {
  it('takes the first preferred language there is a catalogue for', () => {
    expect(languageFromPreferences(['de-DE', 'fa-IR', 'en'])).toBe('fa');
    expect(languageFromPreferences(['ar-SA'])).toBe('ar');
    expect(languageFromPreferences(['FA'])).toBe('fa');
    expect(languageFromPreferences(['de', 'fr'])).toBe('en');
    expect(languageFromPreferences([])).toBe('en');
  });

  it('sets direction, calendar and week start per language', () => {
    expect(['en', 'fa', 'ar'].map((l) => directionOf(l as 'en'))).toEqual(['ltr', 'rtl', 'rtl']);
    expect(defaultCalendarFor('fa')).toBe('jalali');
    expect(defaultCalendarFor('ar')).toBe('gregorian');
    expect(defaultCalendarFor('en')).toBe('gregorian');
    expect(defaultWeekStartFor('fa')).toBe(6);
    expect(defaultWeekStartFor('ar')).toBe(6); // CLDR week data for ar-EG: Saturday
    expect(defaultWeekStartFor('en')).toBe(1); // ISO weeks, as before
  });
});

describe('formatters follow the active locale', () => {
  it('writes Persian digits and separators in fa', () => {
    setActiveLocale({ language: 'fa', digits: 'locale' });
    expect(formatInteger(1234)).toBe('۱٬۲۳۴');
    expect(formatPercent(12.5)).toBe('۱۲٫۵٪');
    expect(formatDecimal(2.5)).toBe('۲٫۵');
    expect(formatModelDecimal(0.25)).toBe('۰٫۲۵');
  });

  it('writes Arabic-Indic digits in ar', () => {
    setActiveLocale({ language: 'ar', digits: 'locale' });
    expect(formatInteger(1234)).toBe('١٬٢٣٤');
    expect(formatSigned(-12)).toMatch(/١٢/);
  });

  it('writes Latin digits when chosen, in any language', () => {
    setActiveLocale({ language: 'fa', digits: 'latin' });
    expect(formatInteger(1234)).toMatch(/^1.234$/);
    setActiveLocale({ language: 'ar', digits: 'latin' });
    expect(formatMoney(5, 'USD')).toMatch(/5/);
    expect(formatMoney(5, 'USD')).not.toMatch(/[٠-٩۰-۹]/);
  });

  it('keeps English as before', () => {
    expect(formatInteger(1234)).toBe('1,234');
    expect(formatPercent(12.5)).toBe('12.5%');
    expect(formatMoney(1234, 'USD')).toBe('$1,234');
  });
});
