/**
 * Message catalogues. Every text shown to users comes from here (STYLE.md convention 15).
 * `en` is the reference catalogue; fa and ar (fa.ts, ar.ts) have the same keys and placeholders.
 * `{name}` placeholders are filled by `format`; number values are written with the active
 * locale's digits. A message with plural forms is chosen by Intl.PluralRules on `count`.
 */
import type { Catalogue, Message, PluralForms } from './catalogue';
import { activeIntlLocale, activeLocale, type Language } from './locale';
import { parseLocalisedNumber } from './localisedNumber';
import { fa } from './fa';
import { ar } from './ar';
import { controlMessages } from './controlMessages';
import { reliabilityMessages } from './reliabilityMessages';
import { localeMessages } from './localeMessages';
import { panelMessages } from './panelMessages';
import { predictiveMessages } from './predictiveMessages';
import { ingestMessages } from './ingestMessages';

const coreMessages = {
  'app.title': 'Customer retention',
  'app.tagline': 'Cohorts, churn and customer value from your order exports. Your data never leaves this browser.',
  'upload.label': 'Upload files',
  'upload.region': 'Add data: drop files here',
  'upload.hint': 'Orders, survey, spend or events exports: CSV, TSV, Excel (.xlsx) or .csv.gz.',
  'upload.sample': 'Try the sample data',
  'upload.loading': 'Reading {file}…',
  'upload.cancel': 'Cancel',
  'upload.failed': '{file} could not be read ({reason}).',
  'persist.failed': '{file} is loaded, but could not be kept for your next visit ({reason}). Your data stays on screen until you close the page.',
  'datasets.removeAll': 'Remove my data',
  'datasets.remove': 'Remove {file}',
  'datasets.downloadRejects': 'Download the skipped rows of {file} (CSV)',
  'datasets.rejectedDetail': { one: '{count} row skipped: {reasons}', other: '{count} rows skipped: {reasons}' },
  'reject.missing-customer-id': '{count} without customer id',
  'reject.unreadable-date': '{count} unreadable dates',
  'reject.unreadable-amount': '{count} unreadable amounts',
  'reject.missing-order-id': '{count} without order id',
  'reject.ragged-row': '{count} with a wrong number of fields',
  'reject.duplicate-order': '{count} duplicate orders',
  'reject.unreadable-score': '{count} unreadable scores',
  'reject.other': '{count} for other reasons',
  'datasets.removeAllHint': 'Forget every loaded file, in this page and in this browser’s storage.',
  'problem.title': 'A file could not be used',
  'problem.dismiss': 'Dismiss',
  'problem.kept': 'Your previous data is still loaded.',
  'datasets.title': 'Loaded files',
  'datasets.rows': '{rows} rows read, {records} used',
  'datasets.rejected': { one: '{count} row skipped', other: '{count} rows skipped' },
  'empty.title': 'No orders loaded yet',
  'empty.body': 'Upload an orders export, or try the sample data to see what the dashboard shows.',
  'kpi.title': 'Overview',
  'kpi.orders': 'Orders',
  'kpi.customers': 'Customers',
  'kpi.revenue': 'Revenue',
  'kpi.repeatRate': 'Repeat-purchase rate',
  'kpi.aov': 'Average order value',
  'kpi.empty': 'No orders in this selection.',
  'kpi.previous': 'vs previous period: {change}',
  'cohorts.title': 'Cohort retention',
  'cohorts.explain': 'Share of each acquisition cohort that bought again in each later period.',
  'cohorts.cohort': 'Cohort',
  'cohorts.size': 'Customers',
  'cohorts.offset': '+{k}',
  'cohorts.curve': 'Average retention curve (weighted by cohort size)',
  'cohorts.view': 'Cohort view',
  'cohorts.show': 'Show',
  'cohorts.mode.percent': '% of cohort',
  'cohorts.mode.count': 'Customers',
  'cohorts.mode.revenue': 'Revenue',
  'cohorts.unbounded': 'Count customers active in that period or later (unbounded)',
  'cohorts.tableCaption': 'Cohort retention table: one row per acquisition cohort, one column per period since acquisition',
  'cohorts.empty': 'No cohorts in this selection.',
  'panel.loading': 'Computing…',
  'panel.error': 'This panel could not be computed: {message}',
} as const;

export const en = { ...coreMessages, ...panelMessages, ...controlMessages, ...predictiveMessages, ...ingestMessages, ...localeMessages, ...reliabilityMessages } as const;

export type MessageKey = keyof typeof en;

export type MessageValues = Readonly<Record<string, string | number>>;

const integerFormats = new Map<string, Intl.NumberFormat>();

/** Numbers put into messages: the active locale's digits; no grouping below 10 000 (years, days stay 2024, 1403). */
function formatValue(value: string | number): string {
  if (typeof value === 'string') return value;
  const locale = activeIntlLocale();
  let numberFormat = integerFormats.get(locale);
  if (!numberFormat) {
    numberFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 2, useGrouping: 'min2' });
    integerFormats.set(locale, numberFormat);
  }
  return numberFormat.format(value);
}

/** en holds every key (a compile-time check of the reference catalogue). */
const englishCatalogue: Catalogue = en;

/** Translations by language; a key a catalogue lacks falls back to English. */
const CATALOGUES: Readonly<Record<Language, Partial<Catalogue>>> = { en: englishCatalogue, fa, ar };

export function format(template: string, values: MessageValues = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : formatValue(value);
  });
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** The plural form for `count` (a number, or a number already written in the locale: "1,234", "۱۲"). */
export function pluralForm(forms: PluralForms, count: string | number | undefined, language: Language): string {
  const value = typeof count === 'number' ? count : count === undefined ? null : parseLocalisedNumber(count);
  if (value === null) return forms.other;
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language);
    pluralRules.set(language, rules);
  }
  const category = rules.select(value);
  return (category === 'other' ? undefined : forms[category]) ?? forms.other;
}

/** The text of a message in a language (English where that catalogue lacks the key). */
export function messageText(message: Message, values: MessageValues | undefined, language: Language): string {
  const template = typeof message === 'string' ? message : pluralForm(message, values?.count, language);
  return format(template, values);
}

export function t(key: MessageKey, values?: MessageValues): string {
  const { language } = activeLocale();
  const translated = CATALOGUES[language][key];
  if (translated !== undefined) return messageText(translated, values, language);
  return messageText(en[key], values, 'en');
}
