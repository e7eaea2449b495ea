/**
 * What the user chose: settings (how figures are computed) and filters (which customers and
 * orders they cover). Both are plain JSON so they can key caches and live in the URL.
 */
import type { CalendarSystem, Period } from './calendar';

export interface Settings {
  /** Cohort and trend period. */
  period: Period;
  calendar: CalendarSystem;
  /** First day of the week, 0 = Sunday … 6 = Saturday. */
  weekStart: number;
  /**
   * A customer is active while their last purchase is at most this many days old.
   * null: derived from the data (see `defaultChurnWindowDays` in churn.ts).
   */
  churnWindowDays: number | null;
  /** Gross margin as a percentage of revenue, used where the data has no cost column. null = revenue only. */
  marginPercent: number | null;
  /** ISO 4217 code used for display; amounts are not converted. */
  currency: string;
  /** The "as of" day for stage and RFM computations; null = the last day in the data. */
  asOfDay: number | null;
}

export interface Filters {
  /** Inclusive day range of orders considered. */
  fromDay?: number | null;
  toDay?: number | null;
  /** Attribute filters, by attribute name: a customer is kept when the attribute of their first purchase is one of the values. */
  attributes?: Readonly<Record<string, readonly string[]>>;
  /** Keep only these customer ids (click-through from a cohort, segment or stage). */
  customerIds?: readonly string[] | null;
}

export const DEFAULT_SETTINGS: Settings = {
  period: 'month',
  calendar: 'gregorian',
  weekStart: 1,
  churnWindowDays: null,
  marginPercent: null,
  currency: 'USD',
  asOfDay: null,
};

export const NO_FILTERS: Filters = {};
