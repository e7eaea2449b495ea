/**
 * Jalali monthly cohorts, end to end from orders to the labels people read.
 * Hand-computed from the calendar: 1 Farvardin 1403 = 2024-03-20 (Nowruz), 1402 is not a leap
 * year (Esfand 1402 has 29 days), Farvardin has 31 days.
 *   A: 2024-03-19 = 29 Esfand 1402, 2024-04-20 = 1 Ordibehesht 1403
 *   B: 2024-03-20 = 1 Farvardin 1403, 2024-04-19 = 31 Farvardin 1403 (same month: no retention)
 *   C: 2024-03-21 = 2 Farvardin 1403
 * Cohort 1402-12 (Esfand 1402) = {A}: k0 A, k1 (Farvardin) nobody, k2 (Ordibehesht) A → [1, 0, 1]
 * Cohort 1403-01 (Farvardin 1403) = {B, C}: k0 2, k1 (Ordibehesht) nobody → [2, 0]
 * In Gregorian months all three start in 2024-03 and A, B buy again in 2024-04 → [3, 2].
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cohortTable } from '../../../src/metrics/cohorts';
import { formatPeriodLabel } from '../../../src/i18n/dates';
import { setActiveLocale } from '../../../src/i18n/locale';
import { ordersTable, settings } from '../../fixtures/metrics/retentionOrders';

const aroundNowruz = ordersTable([
  { id: '1', customer: 'A', date: '2024-03-19', amount: 10 },
  { id: '2', customer: 'B', date: '2024-03-20', amount: 10 },
  { id: '3', customer: 'C', date: '2024-03-21', amount: 10 },
  { id: '4', customer: 'B', date: '2024-04-19', amount: 10 },
  { id: '5', customer: 'A', date: '2024-04-20', amount: 10 },
]);

afterEach(() => setActiveLocale({ language: 'en', digits: 'locale' }));

describe('Jalali monthly cohorts around Nowruz 1403', () => {
  it('match the hand-computed fixture', () => {
    const result = cohortTable(aroundNowruz, settings({ calendar: 'jalali' }), {});
    if (result.status !== 'ok') throw new Error(result.reason);
    expect(result.rows.map((row) => [row.cohort, row.size, row.active])).toEqual([
      ['1402-12', 1, [1, 0, 1]],
      ['1403-01', 2, [2, 0]],
    ]);
  });

  it('are Jalali months, not Gregorian months relabelled', () => {
    const result = cohortTable(aroundNowruz, settings(), {});
    if (result.status !== 'ok') throw new Error(result.reason);
    expect(result.rows.map((row) => [row.cohort, row.size, row.active])).toEqual([['2024-03', 3, [3, 2]]]);
  });

  it('are shown with Jalali month names in en and fa', () => {
    const result = cohortTable(aroundNowruz, settings({ calendar: 'jalali' }), {});
    if (result.status !== 'ok') throw new Error(result.reason);
    expect(result.rows.map((row) => formatPeriodLabel(row.cohort, 'jalali'))).toEqual(['Esfand 1402', 'Farvardin 1403']);
    setActiveLocale({ language: 'fa', digits: 'locale' });
    expect(result.rows.map((row) => formatPeriodLabel(row.cohort, 'jalali'))).toEqual(['اسفند ۱۴۰۲', 'فروردین ۱۴۰۳']);
  });
});
