/**
 * The view in the URL query string: settings, filters, the click-through source, the open panel
 * and the theme. Pure parse and serialise (no DOM, no store), so they run and are tested in Node.
 *
 * Parse, do not cast (STYLE.md 5): every field is validated on its own and an unknown or invalid
 * value is dropped (the default stays), so a hand-edited or stale link still opens.
 * Long customer id lists never go into the URL: a click-through is stored as its source
 * (`cohort=2022-03`, `segment=champions`, `stage=at-risk`) and recomputed on load.
 * Parameters this module does not own (`?demo`) are kept verbatim.
 */
import { dayFromIso, isoDate, type Period } from '../metrics/calendar';
import { DEFAULT_SETTINGS, type Filters, type Settings } from '../metrics/settings';
import { RFM_SEGMENTS, type RfmSegment } from '../metrics/rfmScoring';
import { CUSTOMER_STAGES, type CustomerStage } from '../metrics/lifecycle';
import type { ClickThrough, ClickThroughSource, ThemeChoice } from './store';
import { defaultCalendarFor, defaultWeekStartFor, DIGITS_CHOICES, LANGUAGES, type DigitsChoice, type Language } from '../i18n/locale';

/** Periods offered by the controls (the URL accepts exactly these). */
export const URL_PERIODS: readonly Period[] = ['week', 'month', 'quarter'];

/** Display currencies offered by the controls (ISO 4217). */
export const CURRENCIES: readonly string[] = ['USD', 'EUR', 'GBP', 'IRR', 'AED', 'SAR', 'CAD', 'AUD'];

export const THEMES: readonly ThemeChoice[] = ['system', 'light', 'dark'];

/** Bounds of the numeric settings, shared by the URL parser and the inputs. */
export const CHURN_WINDOW_BOUNDS = { min: 1, max: 3650 } as const;
export const MARGIN_BOUNDS = { min: 0, max: 100 } as const;

export interface UrlState {
  settings: Settings;
  /** Date range and attribute filters; never customer ids. */
  filters: Filters;
  clickThrough: ClickThroughSource | null;
  openPanel: string | null;
  theme: ThemeChoice;
}

/**
 * Language and digits in the URL (`lang=fa`, `digits=latin`). `lang` is written only when it
 * differs from the browser's language, so a link without it opens in the reader's language.
 * The calendar and week start are written only when they differ from the language's defaults
 * (Solar Hijri and Saturday for fa), so they survive a reload in either language.
 */
export interface LocaleUrlState {
  language: Language;
  digits: DigitsChoice;
}

/** The language and digits a URL asks for; the browser's language when it names none. */
export function parseLocaleUrlState(search: string, browserLanguage: Language): LocaleUrlState {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { language: browserLanguage, digits: 'locale' };
  }
  return { language: oneOf(LANGUAGES, params.get('lang')) ?? browserLanguage, digits: oneOf(DIGITS_CHOICES, params.get('digits')) ?? 'locale' };
}

/** The settings a language starts with (DEFAULT_SETTINGS for English). */
export function languageDefaultSettings(language: Language): Settings {
  return { ...DEFAULT_SETTINGS, calendar: defaultCalendarFor(language), weekStart: defaultWeekStartFor(language) };
}

export const DEFAULT_URL_STATE: UrlState = { settings: DEFAULT_SETTINGS, filters: {}, clickThrough: null, openPanel: null, theme: 'system' };

const ATTRIBUTE_PREFIX = 'f.';
const OWNED_KEYS = new Set(['lang', 'digits', 'period', 'calendar', 'weekStart', 'churn', 'margin', 'currency', 'asOf', 'from', 'to', 'cohort', 'cohortPeriod', 'segment', 'stage', 'panel', 'theme']);

function isOwnedKey(key: string): boolean {
  return OWNED_KEYS.has(key) || key.startsWith(ATTRIBUTE_PREFIX);
}

function oneOf<T extends string>(allowed: readonly T[], value: string | null): T | null {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

/** A decimal number in [min, max] (optionally an integer), or null. -0 reads as 0. */
export function parseBoundedNumber(text: string | null, bounds: { min: number; max: number }, integer: boolean): number | null {
  if (text === null || !/^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(text.trim())) return null;
  const value = Number(text);
  if (!Number.isFinite(value) || value < bounds.min || value > bounds.max) return null;
  if (integer && !Number.isInteger(value)) return null;
  return value === 0 ? 0 : value;
}

/** A panel id: lower-case words joined by hyphens (what PanelFrame ids look like). */
export function isPanelId(value: string): boolean {
  return /^[a-z][a-z0-9-]{0,39}$/.test(value);
}

function parseSettings(params: URLSearchParams, language: Language): Settings {
  const settings: Settings = languageDefaultSettings(language);
  const period = oneOf(URL_PERIODS, params.get('period'));
  if (period) settings.period = period;
  const calendar = oneOf(['gregorian', 'jalali'] as const, params.get('calendar'));
  if (calendar) settings.calendar = calendar;
  const weekStart = parseBoundedNumber(params.get('weekStart'), { min: 0, max: 6 }, true);
  if (weekStart !== null) settings.weekStart = weekStart;
  const churn = parseBoundedNumber(params.get('churn'), CHURN_WINDOW_BOUNDS, true);
  if (churn !== null) settings.churnWindowDays = churn;
  const margin = parseBoundedNumber(params.get('margin'), MARGIN_BOUNDS, false);
  if (margin !== null) settings.marginPercent = margin;
  const currency = oneOf(CURRENCIES, params.get('currency'));
  if (currency) settings.currency = currency;
  const asOf = params.get('asOf');
  const asOfDay = asOf === null ? null : dayFromIso(asOf);
  if (asOfDay !== null) settings.asOfDay = asOfDay;
  return settings;
}

function parseFilters(params: URLSearchParams): Filters {
  const filters: Filters = {};
  const from = params.get('from');
  const to = params.get('to');
  const fromDay = from === null ? null : dayFromIso(from);
  const toDay = to === null ? null : dayFromIso(to);
  // An inverted range can only come from a hand-edited link: drop both ends rather than guess.
  if (fromDay === null || toDay === null || fromDay <= toDay) {
    if (fromDay !== null) filters.fromDay = fromDay;
    if (toDay !== null) filters.toDay = toDay;
  }
  // A Map, then own properties: attribute names come from files and URLs ("constructor", "__proto__").
  const attributes = new Map<string, string[]>();
  for (const [key, value] of params) {
    if (!key.startsWith(ATTRIBUTE_PREFIX)) continue;
    const name = key.slice(ATTRIBUTE_PREFIX.length);
    if (name === '') continue;
    const values = attributes.get(name) ?? [];
    if (!values.includes(value)) values.push(value);
    attributes.set(name, values);
  }
  if (attributes.size > 0) filters.attributes = Object.fromEntries(attributes);
  return filters;
}

function parseClickThrough(params: URLSearchParams, settings: Settings): ClickThroughSource | null {
  const cohort = params.get('cohort');
  if (cohort !== null && /^[-\w]{1,20}$/.test(cohort)) {
    return { kind: 'cohort', label: cohort, period: oneOf(URL_PERIODS, params.get('cohortPeriod')) ?? settings.period };
  }
  const segment = oneOf<RfmSegment>(RFM_SEGMENTS, params.get('segment'));
  if (segment) return { kind: 'segment', segment };
  const stage = oneOf<CustomerStage>(CUSTOMER_STAGES, params.get('stage'));
  if (stage) return { kind: 'stage', stage };
  return null;
}

/**
 * Reads the view from a query string (`?a=1&b=2` or `a=1&b=2`). Never throws.
 * `language`: the interface language (see parseLocaleUrlState), whose defaults fill the calendar and week start.
 */
export function parseUrlState(search: string, language: Language = 'en'): UrlState {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return DEFAULT_URL_STATE;
  }
  const settings = parseSettings(params, language);
  const panel = params.get('panel');
  return {
    settings,
    filters: parseFilters(params),
    clickThrough: parseClickThrough(params, settings),
    openPanel: panel !== null && isPanelId(panel) ? panel : null,
    theme: oneOf(THEMES, params.get('theme')) ?? 'system',
  };
}

/** The query parameters of a view; defaults are left out so links stay short. */
function ownedParams(state: UrlState, locale: LocaleUrlState | null, browserLanguage: Language): URLSearchParams {
  const params = new URLSearchParams();
  const { settings, filters, clickThrough } = state;
  const language = locale?.language ?? 'en';
  const defaults = languageDefaultSettings(language);
  if (language !== browserLanguage) params.set('lang', language);
  if (locale !== null && locale.digits !== 'locale') params.set('digits', locale.digits);
  if (settings.period !== DEFAULT_SETTINGS.period) params.set('period', settings.period);
  if (settings.calendar !== defaults.calendar) params.set('calendar', settings.calendar);
  if (settings.weekStart !== defaults.weekStart) params.set('weekStart', String(settings.weekStart));
  if (settings.churnWindowDays !== null) params.set('churn', String(settings.churnWindowDays));
  if (settings.marginPercent !== null) params.set('margin', String(settings.marginPercent));
  if (settings.currency !== DEFAULT_SETTINGS.currency) params.set('currency', settings.currency);
  if (settings.asOfDay !== null) params.set('asOf', isoDate(settings.asOfDay));
  if (filters.fromDay !== undefined && filters.fromDay !== null) params.set('from', isoDate(filters.fromDay));
  if (filters.toDay !== undefined && filters.toDay !== null) params.set('to', isoDate(filters.toDay));
  const attributes = Object.entries(filters.attributes ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [name, values] of attributes) for (const value of values) params.append(`${ATTRIBUTE_PREFIX}${name}`, value);
  if (clickThrough?.kind === 'cohort') {
    params.set('cohort', clickThrough.label);
    if (clickThrough.period !== settings.period) params.set('cohortPeriod', clickThrough.period);
  } else if (clickThrough?.kind === 'segment') params.set('segment', clickThrough.segment);
  else if (clickThrough?.kind === 'stage') params.set('stage', clickThrough.stage);
  if (state.openPanel !== null) params.set('panel', state.openPanel);
  if (state.theme !== 'system') params.set('theme', state.theme);
  return params;
}

/**
 * The query string (with its leading `?`, or '' when there is nothing to say) for a view.
 * Parameters of `currentSearch` this module does not own come first, exactly as written
 * (so `?demo` stays `?demo`, not `?demo=`).
 * `locale`: the language and digits to write (none: English, the settings' defaults are English's).
 */
export function serialiseUrlState(state: UrlState, currentSearch = '', locale: LocaleUrlState | null = null, browserLanguage: Language = 'en'): string {
  const kept = currentSearch
    .replace(/^\?/, '')
    .split('&')
    .filter((part) => {
      if (part === '') return false;
      const rawKey = part.split('=')[0] ?? '';
      let key: string;
      try {
        key = decodeURIComponent(rawKey.replace(/\+/g, ' '));
      } catch {
        return false; // not decodable: URLSearchParams would not have read it either
      }
      return !isOwnedKey(key);
    });
  const owned = ownedParams(state, locale, locale === null ? 'en' : browserLanguage).toString();
  const parts = owned === '' ? kept : [...kept, owned];
  return parts.length === 0 ? '' : `?${parts.join('&')}`;
}

/** The click-through source that describes the active customer filter, or null (ids from elsewhere, or none). */
export function activeClickThrough(filters: Filters, clickThrough: ClickThrough | null): ClickThroughSource | null {
  return clickThrough !== null && filters.customerIds === clickThrough.customerIds ? clickThrough.source : null;
}

/** Attribute filters restricted to the attributes and values the data has (a stale link must not empty the page silently). */
export function knownAttributeFilters(
  attributes: Readonly<Record<string, readonly string[]>> | undefined,
  known: readonly { name: string; values: readonly string[] }[],
): Record<string, string[]> | undefined {
  if (!attributes) return undefined;
  const kept: [string, string[]][] = [];
  for (const [name, values] of Object.entries(attributes)) {
    const column = known.find((k) => k.name === name);
    if (!column) continue;
    const present = values.filter((v) => column.values.includes(v));
    if (present.length > 0) kept.push([name, present]);
  }
  return kept.length > 0 ? Object.fromEntries(kept) : undefined;
}
