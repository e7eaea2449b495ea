/**
 * Number, money and percentage formatting through Intl, in the active locale (locale.ts: the
 * language's digits, or Latin digits when chosen). Formatters are cached per locale and options:
 * building an Intl.NumberFormat costs far more than using one (a weekly heat map formats
 * thousands of cells).
 */
import { activeIntlLocale } from './locale';

const cache = new Map<string, Intl.NumberFormat>();

/**
 * A cached Intl.NumberFormat for the active locale. `name` identifies the options when the caller
 * has a short name for them (the formatters below run once per heat-map cell: serialising the
 * options every time cost more than formatting).
 */
export function numberFormatter(options: Intl.NumberFormatOptions, name: string = JSON.stringify(options)): Intl.NumberFormat {
  const locale = activeIntlLocale();
  const key = `${locale}|${name}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    cache.set(key, format);
  }
  return format;
}

const INTEGER: Intl.NumberFormatOptions = { maximumFractionDigits: 0 };

export function formatInteger(value: number): string {
  return numberFormatter(INTEGER, 'integer').format(value);
}

export function formatMoney(value: number, currency: string): string {
  try {
    return numberFormatter({ style: 'currency', currency, maximumFractionDigits: 0 }, `money|${currency}`).format(value);
  } catch {
    return numberFormatter(INTEGER, 'integer').format(value);
  }
}

/** `value` is a percentage (0–100). */
export function formatPercent(value: number, digits = 1): string {
  return numberFormatter({ style: 'percent', maximumFractionDigits: digits, minimumFractionDigits: digits }, `percent|${digits}`).format(value / 100);
}

/** One Intl.DisplayNames of currencies per locale (null where the browser has none). */
const currencyNamers = new Map<string, Intl.DisplayNames | null>();

/** "EUR · Euro" in the page's language; the bare code where the browser has no name for it. */
export function currencyName(code: string): string {
  const locale = activeIntlLocale();
  let namer = currencyNamers.get(locale);
  if (namer === undefined) {
    try {
      namer = new Intl.DisplayNames(locale, { type: 'currency' });
    } catch {
      namer = null;
    }
    currencyNamers.set(locale, namer);
  }
  let name: string | undefined;
  try {
    name = namer?.of(code);
  } catch {
    name = undefined; // not a well-formed currency code
  }
  return name && name !== code ? `${code} · ${name}` : code;
}
