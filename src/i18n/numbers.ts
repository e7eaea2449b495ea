/**
 * Number, money and percentage formatting through Intl. Formatters are cached per options:
 * building an Intl.NumberFormat costs far more than using one (a weekly heat map formats
 * thousands of cells).
 */
const locale = (): string => (typeof navigator !== 'undefined' ? navigator.language : 'en-US');

const cache = new Map<string, Intl.NumberFormat>();

function formatter(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale()}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale(), options);
    cache.set(key, format);
  }
  return format;
}

export function formatInteger(value: number): string {
  return formatter({ maximumFractionDigits: 0 }).format(value);
}

export function formatMoney(value: number, currency: string): string {
  try {
    return formatter({ style: 'currency', currency, maximumFractionDigits: 0 }).format(value);
  } catch {
    return formatter({ maximumFractionDigits: 0 }).format(value);
  }
}

/** `value` is a percentage (0–100). */
export function formatPercent(value: number, digits = 1): string {
  return formatter({ style: 'percent', maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value / 100);
}
