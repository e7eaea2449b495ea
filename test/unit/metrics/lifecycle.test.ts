import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { customerStages, customersInStage, lifecycleFunnel, stageOf, CUSTOMER_STAGES, type CustomerStages } from '../../../src/metrics/lifecycle';
import { mergeOrderTables } from '../../../src/metrics/table';
import type { EventTable } from '../../../src/metrics/sideTables';
import { day, expectPlainJson, ordersTable, randomRows, settings, shuffled, tableOf, BASE_DAY } from '../../fixtures/metrics/retentionOrders';

/**
 * stages-as-of-june-30 (window 30 days, as of 2024-06-30, so active = a purchase in (05-31, 06-30],
 * at risk = last purchase 30…59 days before, lapsed = 60 days or more):
 *   P1 06-15 (and 07-05, after the as-of day: ignored)  → first-time (1 purchase, 15 days)
 *   P2 06-01, 06-20                                       → repeat (gap 19 ≤ 30)
 *   P3 05-20, 06-05, 06-25                                → loyal
 *   P4 01-10, 06-10 (gap 152 > 30)                        → reactivated (takes precedence over repeat)
 *   P5 05-20 (41 days)                                    → at-risk
 *   P6 03-01 (121 days)                                   → lapsed
 *   P7 01-05, 01-15, 01-25 (157 days)                     → lapsed (recency takes precedence over loyal)
 *   P8 05-31 (30 days: just outside the window)           → at-risk
 *   P9 06-01 (29 days: just inside)                       → first-time
 *   P10 05-01 (60 days = 2 × window)                      → lapsed
 * Counts: first-time 2, repeat 1, loyal 1, reactivated 1, at-risk 2, lapsed 3 = 10 customers.
 */
const stagesTable = ordersTable([
  { id: '1a', customer: 'P1', date: '2024-06-15', amount: 10, channel: 'email' },
  { id: '1b', customer: 'P1', date: '2024-07-05', amount: 10 },
  { id: '2a', customer: 'P2', date: '2024-06-01', amount: 10, channel: 'social' },
  { id: '2b', customer: 'P2', date: '2024-06-20', amount: 10 },
  { id: '3a', customer: 'P3', date: '2024-05-20', amount: 10, channel: 'email' },
  { id: '3b', customer: 'P3', date: '2024-06-05', amount: 10 },
  { id: '3c', customer: 'P3', date: '2024-06-25', amount: 10 },
  { id: '4a', customer: 'P4', date: '2024-01-10', amount: 10, channel: 'email' },
  { id: '4b', customer: 'P4', date: '2024-06-10', amount: 10 },
  { id: '5a', customer: 'P5', date: '2024-05-20', amount: 10, channel: 'email' },
  { id: '6a', customer: 'P6', date: '2024-03-01', amount: 10, channel: 'email' },
  { id: '7a', customer: 'P7', date: '2024-01-05', amount: 10, channel: 'email' },
  { id: '7b', customer: 'P7', date: '2024-01-15', amount: 10 },
  { id: '7c', customer: 'P7', date: '2024-01-25', amount: 10 },
  { id: '8a', customer: 'P8', date: '2024-05-31', amount: 10, channel: 'email' },
  { id: '9a', customer: 'P9', date: '2024-06-01', amount: 10, channel: 'email' },
  { id: '10a', customer: 'P10', date: '2024-05-01', amount: 10, channel: 'email' },
]);
const asOfJune30 = settings({ churnWindowDays: 30, asOfDay: day('2024-06-30') });

/** L1 is a lead (never bought); P1's sign-up is a buyer's; L2 comes after the as-of day; L3 before the data start (01-05). */
const events: EventTable = {
  events: [
    { customerId: 'L1', day: day('2024-06-01'), stage: 'lead' },
    { customerId: 'L1', day: day('2024-06-02'), stage: 'signup' },
    { customerId: 'P1', day: day('2024-06-10'), stage: 'signup' },
    { customerId: 'L2', day: day('2024-07-02'), stage: 'lead' },
    { customerId: 'L3', day: day('2023-12-01'), stage: 'lead' },
  ],
};

function ok(result: ReturnType<typeof customerStages>): CustomerStages {
  if (result.status !== 'ok') throw new Error(`expected stages, got ${result.reason}`);
  return result;
}

const countsOf = (result: CustomerStages) => Object.fromEntries(result.stages.map((s) => [s.stage, s.customers]));

describe('customerStages on stages-as-of-june-30', () => {
  it('classifies with the documented precedence', () => {
    const result = ok(customerStages(stagesTable, asOfJune30, {}));
    expect(result.asOfDay).toBe(day('2024-06-30'));
    expect(result.customers).toBe(10);
    expect([result.leads, result.leadStatus]).toEqual([null, 'no-events']);
    expect(countsOf(result)).toEqual({ 'first-time': 2, repeat: 1, loyal: 1, reactivated: 1, 'at-risk': 2, lapsed: 3 });
    expect(result.stages.find((s) => s.stage === 'lapsed')!.share).toBeCloseTo(30, 10); // 3 of 10
    expectPlainJson(result);
  });

  it('lists the customers of a stage for click-through', () => {
    expect(customersInStage(stagesTable, asOfJune30, {}, 'lapsed')).toEqual(['P10', 'P6', 'P7']);
    expect(customersInStage(stagesTable, asOfJune30, {}, 'at-risk')).toEqual(['P5', 'P8']);
    expect(customersInStage(stagesTable, asOfJune30, {}, 'reactivated')).toEqual(['P4']);
    expect(customersInStage(stagesTable, asOfJune30, {}, 'first-time')).toEqual(['P1', 'P9']);
    expect(customersInStage(stagesTable, asOfJune30, { customerIds: ['nobody'] }, 'lapsed')).toEqual([]);
  });

  it('adds leads from the events file (ids that never bought, events in range up to the as-of day)', () => {
    const result = ok(customerStages(stagesTable, asOfJune30, {}, events));
    expect([result.customers, result.leads, result.leadStatus]).toEqual([10, 1, 'ok']);
    expect(countsOf(result).lead).toBe(1);
    expect(customersInStage(stagesTable, asOfJune30, {}, 'lead', events)).toEqual(['L1']);
    expect(result.stages.reduce((sum, s) => sum + s.share, 0)).toBeCloseTo(100, 10);
  });

  it('does not count unattributable leads under an attribute filter', () => {
    const emailOnly = ok(customerStages(stagesTable, asOfJune30, { attributes: { channel: ['email'] } }, events));
    expect(emailOnly.leadStatus).toBe('attribute-filter');
    expect(emailOnly.leads).toBeNull();
    expect(emailOnly.customers).toBe(9); // everyone but P2 (social)
    expect(emailOnly.stages.some((s) => s.stage === 'lead')).toBe(false);
  });

  it('uses the view’s last day when no as-of day is set, and counts purchases on or before it', () => {
    // As of 07-05 (the last day): P1 has 2 purchases 20 days apart → repeat.
    const result = ok(customerStages(stagesTable, settings({ churnWindowDays: 30 }), {}));
    expect(result.asOfDay).toBe(day('2024-07-05'));
    expect(customersInStage(stagesTable, settings({ churnWindowDays: 30 }), {}, 'repeat')).toContain('P1');
  });

  it('returns explicit empty states', () => {
    expect(customerStages(stagesTable, asOfJune30, { customerIds: ['nobody'] })).toEqual({ status: 'empty', reason: 'no-customers' });
    expect(customerStages(stagesTable, settings({ asOfDay: day('2023-01-01') }), {})).toEqual({ status: 'empty', reason: 'no-customers' });
    expect(customerStages(stagesTable, settings({ churnWindowDays: -3 }), {})).toEqual({ status: 'empty', reason: 'invalid-churn-window' });
    expect(customerStages(stagesTable, settings({ asOfDay: Number.NaN }), {})).toEqual({ status: 'empty', reason: 'invalid-as-of-day' });
    const refundsOnly = ordersTable([{ id: 'r', customer: 'A', date: '2024-01-01', amount: -5, refund: true }]);
    expect(customerStages(refundsOnly, settings(), {})).toEqual({ status: 'empty', reason: 'no-customers' });
    expect(lifecycleFunnel(refundsOnly, settings(), {})).toEqual({ status: 'empty', reason: 'no-customers' });
  });

  it('handles single-day data and one customer', () => {
    const singleDay = ordersTable([
      { id: '1', customer: 'A', date: '2024-05-05', amount: 10 },
      { id: '2', customer: 'A', date: '2024-05-05', amount: 10 },
    ]);
    // Two orders on one day, as of that day: active, one purchase day, two orders → repeat.
    expect(countsOf(ok(customerStages(singleDay, settings(), {})))).toMatchObject({ repeat: 1, 'first-time': 0 });
    expectPlainJson(lifecycleFunnel(singleDay, settings(), {}));
  });
});

describe('lifecycleFunnel', () => {
  it('counts lead → first → second → loyal with step conversions', () => {
    // lead = 10 buyers ∪ {L1} = 11; first purchase 10 (10/11 = 90.9%); second (≥ 2 by 06-30): P2 P3 P4 P7 = 4 (40%);
    // loyal (≥ 3): P3 P7 = 2 (50%). At risk 2, lapsed 3, reactivated 1.
    const result = lifecycleFunnel(stagesTable, asOfJune30, {}, events);
    if (result.status !== 'ok') throw new Error('expected a funnel');
    expect(result.steps.map((s) => [s.step, s.customers])).toEqual([
      ['lead', 11],
      ['first-purchase', 10],
      ['second-purchase', 4],
      ['loyal', 2],
    ]);
    expect(result.steps[0]!.conversion).toBeNull();
    expect(result.steps[1]!.conversion).toBeCloseTo((10 / 11) * 100, 10);
    expect(result.steps.slice(2).map((s) => s.conversion)).toEqual([40, 50]);
    expect([result.atRisk, result.lapsed, result.reactivated]).toEqual([2, 3, 1]);
  });

  it('starts at the first purchase without events', () => {
    const result = lifecycleFunnel(stagesTable, asOfJune30, {});
    if (result.status !== 'ok') throw new Error('expected a funnel');
    expect(result.leadStatus).toBe('no-events');
    expect(result.steps.map((s) => [s.step, s.customers, s.conversion])).toEqual([
      ['first-purchase', 10, null],
      ['second-purchase', 4, 40],
      ['loyal', 2, 50],
    ]);
  });
});

describe('stageOf', () => {
  it('applies the boundaries: r < W active, W ≤ r < 2W at risk, r ≥ 2W lapsed; a gap > W reactivates', () => {
    expect(stageOf([100], 1, 129, 30)).toBe('first-time'); // r = 29
    expect(stageOf([100], 1, 130, 30)).toBe('at-risk'); // r = 30
    expect(stageOf([100], 1, 159, 30)).toBe('at-risk'); // r = 59
    expect(stageOf([100], 1, 160, 30)).toBe('lapsed'); // r = 60
    expect(stageOf([70, 100], 2, 100, 30)).toBe('repeat'); // gap 30 = W: never inactive in between
    expect(stageOf([69, 100], 2, 100, 30)).toBe('reactivated'); // gap 31 > W
    expect(stageOf([40, 69, 100], 5, 100, 30)).toBe('reactivated');
    expect(stageOf([40, 70, 100], 5, 100, 30)).toBe('loyal');
  });
});

describe('lifecycle properties', () => {
  it('puts every customer in exactly one stage; the funnel narrows; order and merging do not matter', () => {
    fc.assert(
      fc.property(randomRows, fc.integer({ min: 1, max: 60 }), fc.nat(), fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }), (rows, window, seed, side) => {
        const chosen = settings({ churnWindowDays: window, asOfDay: BASE_DAY + 150 });
        const table = tableOf(rows);
        const stages = customerStages(table, chosen, {});
        expectPlainJson(stages);
        if (stages.status !== 'ok') return;
        const listed = CUSTOMER_STAGES.flatMap((stage) => customersInStage(table, chosen, {}, stage));
        expect(listed.length).toBe(stages.customers);
        expect(new Set(listed).size).toBe(listed.length);
        expect(stages.stages.reduce((sum, s) => sum + s.customers, 0)).toBe(stages.customers);
        const funnel = lifecycleFunnel(table, chosen, {});
        if (funnel.status !== 'ok') throw new Error('funnel must exist when stages do');
        funnel.steps.forEach((step, i) => {
          if (i > 0) expect(step.customers).toBeLessThanOrEqual(funnel.steps[i - 1]!.customers);
          if (step.conversion !== null) expect(step.conversion).toBeLessThanOrEqual(100);
        });
        expect(customerStages(tableOf(shuffled(rows, seed)), chosen, {})).toEqual(stages);
        const merged = mergeOrderTables([tableOf(rows.filter((_, i) => side[i])), tableOf(rows.filter((_, i) => !side[i]))]);
        expect(customerStages(merged, chosen, {})).toEqual(stages);
      }),
      { numRuns: 150 },
    );
  });
});
