import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_URL_STATE, languageDefaultSettings, parseLocaleUrlState, parseUrlState, serialiseUrlState, type LocaleUrlState } from '../../../src/store/urlState';
import type { Language } from '../../../src/i18n/locale';

describe('language, digits and calendar in the URL', () => {
  it('reads lang and digits, and falls back to the browser’s language', () => {
    expect(parseLocaleUrlState('?demo&lang=fa&digits=latin', 'en')).toEqual({ language: 'fa', digits: 'latin' });
    expect(parseLocaleUrlState('?demo', 'ar')).toEqual({ language: 'ar', digits: 'locale' });
    expect(parseLocaleUrlState('?lang=de&digits=roman', 'en')).toEqual({ language: 'en', digits: 'locale' });
  });

  it('starts Persian in Solar Hijri with Saturday weeks unless the URL says otherwise', () => {
    expect(parseUrlState('?demo', 'fa').settings).toMatchObject({ calendar: 'jalali', weekStart: 6 });
    expect(parseUrlState('?calendar=gregorian&weekStart=1', 'fa').settings).toMatchObject({ calendar: 'gregorian', weekStart: 1 });
    expect(parseUrlState('?demo', 'en').settings).toMatchObject({ calendar: 'gregorian', weekStart: 1 });
  });

  it('writes lang only when it differs from the browser’s, and the calendar only when it differs from the language’s default', () => {
    const fa: LocaleUrlState = { language: 'fa', digits: 'locale' };
    const persianView = { ...DEFAULT_URL_STATE, settings: languageDefaultSettings('fa') };
    expect(serialiseUrlState(persianView, '?demo', fa, 'en')).toBe('?demo&lang=fa');
    expect(serialiseUrlState(persianView, '?demo', fa, 'fa')).toBe('?demo');
    const gregorianInPersian = { ...persianView, settings: { ...persianView.settings, calendar: 'gregorian' as const } };
    expect(serialiseUrlState(gregorianInPersian, '?demo&lang=ar', { language: 'fa', digits: 'latin' }, 'en')).toBe('?demo&lang=fa&digits=latin&calendar=gregorian');
    expect(serialiseUrlState(DEFAULT_URL_STATE, '?lang=fa', { language: 'en', digits: 'locale' }, 'en')).toBe('');
  });

  it('round-trips language, digits, calendar and week start whatever the browser’s language (property)', () => {
    const languages = fc.constantFrom<Language>('en', 'fa', 'ar');
    fc.assert(
      fc.property(languages, languages, fc.constantFrom('locale' as const, 'latin' as const), fc.constantFrom('gregorian' as const, 'jalali' as const), fc.integer({ min: 0, max: 6 }), (language, browser, digits, calendar, weekStart) => {
        const view = { ...DEFAULT_URL_STATE, settings: { ...DEFAULT_URL_STATE.settings, calendar, weekStart } };
        const search = serialiseUrlState(view, '', { language, digits }, browser);
        const locale = parseLocaleUrlState(search, browser);
        expect(locale).toEqual({ language, digits });
        expect(parseUrlState(search, locale.language)).toEqual(view);
      }),
      { numRuns: 200 },
    );
  });
});
