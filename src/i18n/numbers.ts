/** Number, money and percentage formatting through Intl. */
const locale = (): string => (typeof navigator !== 'undefined' ? navigator.language : 'en-US');

export function formatInteger(value: number): string {
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: 0 }).format(value);
}

export function formatMoney(value: number, currency: string): string {
  try {
    return new Intl.NumberFormat(locale(), { style: 'currency', currency, maximumFractionDigits: 0 }).format(value);
  } catch {
    return new Intl.NumberFormat(locale(), { maximumFractionDigits: 0 }).format(value);
  }
}

/** `value` is a percentage (0–100). */
export function formatPercent(value: number, digits = 1): string {
  return new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value / 100);
}
