import { useEffect } from 'react';
import { t, type MessageKey } from '../../i18n/messages';
import { DIGITS_CHOICES, LANGUAGES, directionOf, isLanguage, type DigitsChoice, type Language } from '../../i18n/locale';
import { useAppStore } from '../../store/store';

const LANGUAGE_NAMES: Readonly<Record<Language, MessageKey>> = {
  en: 'locale.language.en',
  fa: 'locale.language.fa',
  ar: 'locale.language.ar',
};

const DIGITS_LABELS: Readonly<Record<DigitsChoice, MessageKey>> = {
  locale: 'locale.digits.locale',
  latin: 'locale.digits.latin',
};

function isDigitsChoice(value: string): value is DigitsChoice {
  return (DIGITS_CHOICES as readonly string[]).includes(value);
}

/**
 * A new language or digits choice renders the page afresh (App.tsx keys it by locale), so the
 * select the user just changed is a new element: give it the focus back.
 */
function refocus(id: string): void {
  setTimeout(() => document.getElementById(id)?.focus(), 0);
}

/** Puts the language on <html lang dir> and the page title in that language. */
export function useDocumentLanguage(): void {
  const locale = useAppStore((s) => s.locale);
  useEffect(() => {
    const root = document.documentElement;
    root.lang = locale;
    root.dir = directionOf(locale);
    document.title = t('app.title');
  }, [locale]);
}

/** The language switcher and the digits setting, in the page header. */
export function LocaleFields() {
  const locale = useAppStore((s) => s.locale);
  const digits = useAppStore((s) => s.digits);
  const setLocale = useAppStore((s) => s.setLocale);
  const setDigits = useAppStore((s) => s.setDigits);
  return (
    <>
      <div className="field field--inline">
        <label htmlFor="setting-language">{t('locale.language')}</label>
        <select id="setting-language" value={locale} onChange={(e) => {
            if (!isLanguage(e.target.value)) return;
            setLocale(e.target.value);
            refocus('setting-language');
          }}>
          {LANGUAGES.map((language) => (
            // Each language is named in itself, so a reader finds theirs whatever the page's language.
            <option key={language} value={language} lang={language}>
              {t(LANGUAGE_NAMES[language])}
            </option>
          ))}
        </select>
      </div>
      {locale !== 'en' && (
        <div className="field field--inline">
          <label htmlFor="setting-digits">{t('locale.digits')}</label>
          <select id="setting-digits" value={digits} onChange={(e) => {
              if (!isDigitsChoice(e.target.value)) return;
              setDigits(e.target.value);
              refocus('setting-digits');
            }}>
            {DIGITS_CHOICES.map((choice) => (
              <option key={choice} value={choice}>
                {t(DIGITS_LABELS[choice])}
              </option>
            ))}
          </select>
        </div>
      )}
    </>
  );
}
