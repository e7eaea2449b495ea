/**
 * The one place that turns the user's language, digit and calendar choices into an Intl locale
 * string. Every formatter (numbers.ts, charts/format.ts, predictive/format.ts, dates.ts) asks
 * `intlLocale()` here; nothing else reads navigator.language.
 *
 * The active choice is module state, set by the store's locale actions before React renders
 * with it (see store.ts), so plain functions such as `t()` and `formatInteger()` can use it.
 */
import type { CalendarSystem } from '../metrics/calendar';

export type Language = 'en' | 'fa' | 'ar';
/** 'locale': the language's own digits (Persian ۰-۹ for fa, Arabic-Indic ٠-٩ for ar); 'latin': 0-9 everywhere. */
export type DigitsChoice = 'locale' | 'latin';
export type TextDirection = 'ltr' | 'rtl';

export const LANGUAGES: readonly Language[] = ['en', 'fa', 'ar'];
export const DIGITS_CHOICES: readonly DigitsChoice[] = ['locale', 'latin'];

export interface LocaleChoice {
  language: Language;
  digits: DigitsChoice;
}

/**
 * Region and numbering system per language. fa-IR uses extended Arabic-Indic digits (arabext)
 * by default; for ar the default numbering system differs between ICU versions and regions,
 * so Arabic-Indic digits (arab) are asked for explicitly.
 */
const BASE_LOCALE: Readonly<Record<Language, { tag: string; numberingSystem: string }>> = {
  en: { tag: 'en-US', numberingSystem: 'latn' },
  fa: { tag: 'fa-IR', numberingSystem: 'arabext' },
  ar: { tag: 'ar-EG', numberingSystem: 'arab' },
};

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** The first of the browser's preferred languages we have a catalogue for; English otherwise. */
export function languageFromPreferences(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split(/[-_]/)[0] ?? '';
    if (isLanguage(primary)) return primary;
  }
  return 'en';
}

/** The browser's language (navigator.languages), 'en' outside a browser. */
export function browserLanguage(): Language {
  if (typeof navigator === 'undefined') return 'en';
  const preferred = navigator.languages.length > 0 ? navigator.languages : [navigator.language];
  return languageFromPreferences(preferred);
}

export function directionOf(language: Language): TextDirection {
  return language === 'en' ? 'ltr' : 'rtl';
}

/**
 * The BCP 47 tag for Intl: `fa-IR-u-nu-arabext`, `ar-EG-u-ca-persian-nu-arab`,
 * `en-US-u-nu-latn`… The calendar only matters for dates (`-u-ca-persian` in Jalali mode).
 */
export function intlLocale(choice: LocaleChoice, calendar: CalendarSystem = 'gregorian'): string {
  const base = BASE_LOCALE[choice.language];
  const numberingSystem = choice.digits === 'latin' ? 'latn' : base.numberingSystem;
  const calendarKey = calendar === 'jalali' ? 'persian' : 'gregory';
  // Unicode extension keywords in canonical (alphabetical) order.
  return `${base.tag}-u-ca-${calendarKey}-nu-${numberingSystem}`;
}

/** The calendar a language starts with: Solar Hijri for Persian, Gregorian for Arabic and English. */
export function defaultCalendarFor(language: Language): CalendarSystem {
  return language === 'fa' ? 'jalali' : 'gregorian';
}

/** Intl.Locale week information (CLDR firstDay, 1 = Monday … 7 = Sunday), where the engine has it. */
function cldrFirstDay(tag: string): number | null {
  try {
    const locale = new Intl.Locale(tag) as Intl.Locale & { weekInfo?: { firstDay: number }; getWeekInfo?: () => { firstDay: number } };
    const info = typeof locale.getWeekInfo === 'function' ? locale.getWeekInfo() : locale.weekInfo;
    return info ? info.firstDay : null;
  } catch {
    return null;
  }
}

/**
 * First day of the week (0 = Sunday … 6 = Saturday) a language starts with.
 * en: Monday, as before (ISO 8601 weeks, labelled 2024-W01). fa: Saturday, the Iranian week.
 * ar: CLDR's week data for ar-EG through Intl.Locale where the engine has it (Saturday), else
 * Saturday, which most Arab countries use.
 */
export function defaultWeekStartFor(language: Language): number {
  if (language === 'en') return 1;
  if (language === 'fa') return 6;
  const firstDay = cldrFirstDay(BASE_LOCALE.ar.tag);
  return firstDay === null ? 6 : firstDay % 7;
}

let active: LocaleChoice = { language: 'en', digits: 'locale' };

/** Sets the language and digits every formatter uses from now on. */
export function setActiveLocale(choice: LocaleChoice): void {
  active = { language: choice.language, digits: choice.digits };
}

export function activeLocale(): LocaleChoice {
  return active;
}

/** The Intl locale string of the active choice (optionally in a calendar, for dates). */
export function activeIntlLocale(calendar: CalendarSystem = 'gregorian'): string {
  // Asked once per formatted number: remember the last answer (`active` is replaced, never mutated).
  if (lastIntl.choice !== active || lastIntl.calendar !== calendar) lastIntl = { choice: active, calendar, tag: intlLocale(active, calendar) };
  return lastIntl.tag;
}

let lastIntl: { choice: LocaleChoice | null; calendar: CalendarSystem; tag: string } = { choice: null, calendar: 'gregorian', tag: '' };
