import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { orderTableFromRows, type OrderRowInput } from '../../../src/metrics/table';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/metrics/settings';
import { dayFromIso } from '../../../src/metrics/calendar';
import type { SurveyKind, SurveyResponse, SurveyTable } from '../../../src/metrics/sideTables';
import { cesFigures, csatFigures, npsFigures, surveyLinkedValue, surveySummary } from '../../../src/metrics/surveys';
import { studentT975, wilsonInterval, Z_95 } from '../../../src/metrics/surveyIntervals';

/** The type of the values an arbitrary generates. */
type ValueOf<A> = A extends fc.Arbitrary<infer T> ? T : never;

const day = (iso: string): number => dayFromIso(iso)!;
const answer = (kind: SurveyKind, score: number, dayNumber: number, customerId: string | null = null): SurveyResponse => ({ kind, score, day: dayNumber, customerId });

describe('intervals', () => {
  it('Wilson matches the published examples (Newcombe 1998, Statistics in Medicine 17:857, Table I, method 3)', () => {
    const rounded = (x: number, n: number): number[] => Object.values(wilsonInterval(x, n)!).map((v) => Math.round(v * 10000) / 10000);
    expect(rounded(81, 263)).toEqual([0.2553, 0.3662]);
    expect(rounded(15, 148)).toEqual([0.0624, 0.1605]);
    expect(rounded(0, 20)).toEqual([0, 0.1611]);
    expect(rounded(1, 29)).toEqual([0.0061, 0.1718]);
    expect(wilsonInterval(0, 0)).toBeNull();
  });

  it('Student t quantiles: table values and the expansion beyond 30 degrees of freedom', () => {
    expect(studentT975(1)).toBeCloseTo(12.7062, 4);
    expect(studentT975(10)).toBeCloseTo(2.2281, 4);
    expect(studentT975(40)).toBeCloseTo(2.021075, 6); // t₀.₉₇₅(40) = 2.0210754
    expect(studentT975(120)).toBeCloseTo(1.979930, 6); // t₀.₉₇₅(120) = 1.9799304
    expect(studentT975(1e9)).toBeCloseTo(Z_95, 7); // t → z as ν → ∞ (first term (z³ + z)/4ν ≈ 2.4e-9 here)
  });
});

describe('score figures', () => {
  it('NPS with the Wald interval', () => {
    // 10 answers: promoters 10, 9, 9, 10 (4); passives 8, 7 (2); detractors 6, 3, 0, 5 (4). NPS = 40 − 40 = 0.
    // var = (.4 + .4 − 0²)/10 = .08; half-width = 1.959964 × √.08 = 0.554362 → ±55.44 points.
    const f = npsFigures([10, 9, 9, 8, 7, 6, 3, 0, 10, 5])!;
    expect([f.n, f.promoters, f.passives, f.detractors, f.promoterPercent, f.detractorPercent, f.nps]).toEqual([10, 4, 2, 4, 40, 40, 0]);
    expect(f.low).toBeCloseTo(-55.43615, 4);
    expect(f.high).toBeCloseTo(55.43615, 4);
    // 6 answers 10, 10, 10, 9, 8, 0: p = 4/6, d = 1/6, NPS = 50; var = (5/6 − .25)/6; half = 0.611126 → [−11.11, 111.11] clipped to 100.
    const g = npsFigures([10, 10, 10, 9, 8, 0])!;
    expect(g.nps).toBeCloseTo(50, 12);
    expect(g.low).toBeCloseTo(-11.11261, 4);
    expect(g.high).toBe(100);
    expect(npsFigures([])).toBeNull();
  });

  it('CSAT with the Wilson interval', () => {
    // 5, 4, 4, 3, 2, 5, 1, 4: satisfied (4–5) = 5 of 8 → 62.5%; Wilson → [30.574, 86.316].
    const f = csatFigures([5, 4, 4, 3, 2, 5, 1, 4])!;
    expect([f.n, f.satisfied, f.csat]).toEqual([8, 5, 62.5]);
    expect(f.low).toBeCloseTo(30.57424, 4);
    expect(f.high).toBeCloseTo(86.31557, 4);
  });

  it('CES mean with the t interval', () => {
    // 2, 4, 4, 6: mean 4, s = √(8/3) = 1.632993; t₀.₉₇₅(3) = 3.182446; half = 3.182446 × 1.632993 / 2 = 2.598457.
    const f = cesFigures([2, 4, 4, 6])!;
    expect(f.mean).toBe(4);
    expect(f.standardDeviation).toBeCloseTo(1.632993, 6);
    expect(f.low).toBeCloseTo(1.401543, 6);
    expect(f.high).toBeCloseTo(6.598457, 6);
    expect(cesFigures([5])).toEqual({ n: 1, mean: 5, standardDeviation: null, low: null, high: null });
  });
});

/** Orders give customers their first-purchase channel for the customer filters. */
const orders = orderTableFromRows(
  [
    { orderId: 'a', customerId: 'A', day: day('2024-01-02'), amount: 10, isPurchase: true, attributes: { channel: 'ads' } },
    { orderId: 'b', customerId: 'B', day: day('2024-01-03'), amount: 10, isPurchase: true, attributes: { channel: 'mail' } },
  ],
  ['channel'],
);
const surveys: SurveyTable = {
  responses: [
    answer('nps', 10, day('2024-01-05'), 'A'),
    answer('nps', 2, day('2024-01-20'), 'B'),
    answer('nps', 8, day('2024-03-10'), null),
    answer('nps', 11, day('2024-03-11'), 'A'), // out of scale
    answer('csat', 5, day('2024-01-06'), 'A'),
    answer('csat', 0, day('2024-01-06'), 'A'), // out of scale
    answer('ces', 3.5, day('2024-01-07'), 'B'), // not a whole number
  ],
};

describe('surveySummary', () => {
  it('summarises each kind, counts invalid scores and fills trend gaps with n = 0', () => {
    const result = surveySummary(orders, DEFAULT_SETTINGS, {}, surveys);
    if (result.status !== 'ok' || result.nps.status !== 'ok' || result.csat.status !== 'ok') throw new Error('expected ok');
    expect(result.responses).toBe(7);
    expect(result.invalidScores).toEqual({ nps: 1, csat: 1, ces: 1 });
    // NPS: 10 (promoter), 2 (detractor), 8 (passive) → 33.3 − 33.3 = 0.
    expect([result.nps.n, result.nps.nps]).toEqual([3, 0]);
    expect(result.nps.distribution.map((d) => d.count)).toEqual([0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 1]);
    // Monthly trend: 2024-01 (10, 2 → 0), 2024-02 (none), 2024-03 (8 → 0).
    expect(result.nps.trend.map((p) => [p.label, p.n, p.value])).toEqual([['2024-01', 2, 0], ['2024-02', 0, null], ['2024-03', 1, 0]]);
    expect(result.nps.trend[1]).toMatchObject({ low: null, high: null, startDay: day('2024-02-01') });
    expect([result.csat.n, result.csat.csat]).toEqual([1, 100]);
    expect(result.ces).toEqual({ status: 'empty', reason: 'no-responses' });
  });

  it('applies the date range to response days and customer filters to responses with ids', () => {
    const ranged = surveySummary(orders, DEFAULT_SETTINGS, { fromDay: day('2024-01-10') }, surveys);
    if (ranged.status !== 'ok') throw new Error('expected ok');
    expect([ranged.responses, ranged.excludedByDate]).toEqual([3, 4]); // B's 2, the anonymous 8, A's invalid 11
    const adsOnly = surveySummary(orders, DEFAULT_SETTINGS, { attributes: { channel: ['ads'] } }, surveys);
    if (adsOnly.status !== 'ok' || adsOnly.nps.status !== 'ok') throw new Error('expected ok');
    expect(adsOnly.excludedByCustomerFilter).toBe(3); // B's two answers and the anonymous one
    expect([adsOnly.nps.n, adsOnly.nps.nps]).toEqual([1, 100]);
    const byId = surveySummary(null, DEFAULT_SETTINGS, { customerIds: ['B'] }, surveys);
    if (byId.status !== 'ok' || byId.nps.status !== 'ok') throw new Error('expected ok');
    expect([byId.responses, byId.nps.nps]).toEqual([2, -100]);
  });

  it('groups trends by the Jalali calendar when asked', () => {
    // 2024-03-19 is 1402-12-29 (Esfand) and 2024-03-20 is 1403-01-01 (Farvardin).
    const jalali: Settings = { ...DEFAULT_SETTINGS, calendar: 'jalali' };
    const result = surveySummary(null, jalali, {}, { responses: [answer('csat', 5, day('2024-03-19')), answer('csat', 1, day('2024-03-20'))] });
    if (result.status !== 'ok' || result.csat.status !== 'ok') throw new Error('expected ok');
    expect(result.csat.trend.map((p) => [p.label, p.value])).toEqual([['1402-12', 100], ['1403-01', 0]]);
  });

  it('is empty without responses', () => {
    expect(surveySummary(orders, DEFAULT_SETTINGS, {}, null)).toEqual({ status: 'empty', reason: 'no-responses' });
    expect(surveySummary(orders, DEFAULT_SETTINGS, {}, { responses: [] })).toEqual({ status: 'empty', reason: 'no-responses' });
    expect(surveySummary(orders, DEFAULT_SETTINGS, { attributes: { channel: ['tv'] } }, surveys)).toEqual({ status: 'empty', reason: 'no-responses' });
  });
});

/**
 * linked (orders up to day 100; window 30 days → active when the last purchase is after day 70):
 *   P1: 10 (100), 95 (50)   → 2 purchases, 150, active      NPS 3 on day 50, 10 on day 90 → promoter
 *   P2: 20 (40)             → 1 purchase, 40, not active     NPS 9 on day 60 → promoter
 *   D1: 30 (10), 40 (10)    → 2 purchases, 20, not active    NPS 9 and 2 both on day 70 → lowest, detractor
 *   Q1: 99 (70)             → 1 purchase, 70, active         NPS 7 → passive
 *   Z:  100 (5)             → no answer
 *   'stranger' (not a customer) and an anonymous answer do not match.
 * Promoters: 2 customers, repeat 1/2, retention 1/2, revenue (150 + 40)/2 = 95.
 */
let nextOrder = 0;
const buy = (customerId: string, dayNumber: number, amount: number): OrderRowInput => ({ orderId: `o${nextOrder++}`, customerId, day: dayNumber, amount, isPurchase: true });
const linkedOrders = orderTableFromRows([buy('P1', 10, 100), buy('P1', 95, 50), buy('P2', 20, 40), buy('D1', 30, 10), buy('D1', 40, 10), buy('Q1', 99, 70), buy('Z', 100, 5)]);
const linkedSurveys: SurveyTable = {
  responses: [
    answer('nps', 3, 50, 'P1'),
    answer('nps', 10, 90, 'P1'),
    answer('nps', 9, 60, 'P2'),
    answer('nps', 9, 70, 'D1'),
    answer('nps', 2, 70, 'D1'),
    answer('nps', 7, 80, 'Q1'),
    answer('nps', 10, 50, 'stranger'),
    answer('nps', 8, 50, null),
    answer('csat', 1, 50, 'P1'),
  ],
};

describe('surveyLinkedValue', () => {
  it('compares promoters, passives and detractors', () => {
    const result = surveyLinkedValue(linkedOrders, linkedSurveys, DEFAULT_SETTINGS, {}, 30);
    if (result.status !== 'ok') throw new Error('expected ok');
    expect(result.responses).toEqual({ npsResponses: 8, withCustomerId: 7, matched: 6 });
    expect(result.customersMatched).toBe(4);
    expect(result.churnWindowDays).toBe(30);
    expect(result.groups).toEqual([
      { group: 'promoter', customers: 2, repeatPurchaseRate: 0.5, retention: 0.5, averageRevenue: 95 },
      { group: 'passive', customers: 1, repeatPurchaseRate: 0, retention: 1, averageRevenue: 70 },
      { group: 'detractor', customers: 1, repeatPurchaseRate: 1, retention: 0, averageRevenue: 20 },
    ]);
  });

  it('takes the window from the settings, and reports retention as unknown without one', () => {
    const fromSettings = surveyLinkedValue(linkedOrders, linkedSurveys, { ...DEFAULT_SETTINGS, churnWindowDays: 30 }, {});
    if (fromSettings.status !== 'ok') throw new Error('expected ok');
    expect(fromSettings.groups[0]!.retention).toBe(0.5);
    const none = surveyLinkedValue(linkedOrders, linkedSurveys, DEFAULT_SETTINGS, {});
    if (none.status !== 'ok') throw new Error('expected ok');
    expect(none.churnWindowDays).toBeNull();
    expect(none.groups.map((g) => g.retention)).toEqual([null, null, null]);
  });

  it('applies the date range to orders and answers alike', () => {
    // From day 85: orders P1 95 (50), Q1 99, Z 100; answers P1 10 on day 90 → one promoter with one purchase.
    const result = surveyLinkedValue(linkedOrders, linkedSurveys, DEFAULT_SETTINGS, { fromDay: 85 }, 30);
    if (result.status !== 'ok') throw new Error('expected ok');
    expect(result.groups[0]).toEqual({ group: 'promoter', customers: 1, repeatPurchaseRate: 0, retention: 1, averageRevenue: 50 });
    expect(result.groups[2]).toEqual({ group: 'detractor', customers: 0, repeatPurchaseRate: null, retention: null, averageRevenue: null });
  });

  it('explicit empty states', () => {
    expect(surveyLinkedValue(linkedOrders, null, DEFAULT_SETTINGS, {})).toEqual({ status: 'empty', reason: 'no-responses' });
    expect(surveyLinkedValue(linkedOrders, { responses: [answer('nps', 9, 50, 'stranger'), answer('nps', 9, 50, null)] }, DEFAULT_SETTINGS, {})).toEqual({
      status: 'empty',
      reason: 'no-matching-customers',
      responses: { npsResponses: 2, withCustomerId: 1, matched: 0 },
    });
  });
});

const responsesArbitrary = fc.array(
  fc.record({ kind: fc.constantFrom<SurveyKind>('nps', 'csat', 'ces'), score: fc.integer({ min: 0, max: 10 }), day: fc.integer({ min: 19700, max: 20200 }), customer: fc.option(fc.integer({ min: 0, max: 5 })) }),
  { maxLength: 60 },
);
const toResponses = (list: ValueOf<typeof responsesArbitrary>): SurveyResponse[] =>
  list.map((r) => answer(r.kind, r.score, r.day, r.customer === null ? null : `c${r.customer}`));

describe('survey properties', () => {
  it('NPS in [−100, 100] inside its interval, CSAT in [0, 100] inside its interval, CES in [1, 7]; no NaN', () => {
    fc.assert(
      fc.property(responsesArbitrary, (list) => {
        const result = surveySummary(null, DEFAULT_SETTINGS, {}, { responses: toResponses(list) });
        expect(JSON.stringify(result)).not.toMatch(/NaN|Infinity/);
        if (result.status !== 'ok') return;
        if (result.nps.status === 'ok') {
          expect(result.nps.nps).toBeGreaterThanOrEqual(-100);
          expect(result.nps.nps).toBeLessThanOrEqual(100);
          expect(result.nps.low).toBeLessThanOrEqual(result.nps.nps + 1e-9);
          expect(result.nps.high).toBeGreaterThanOrEqual(result.nps.nps - 1e-9);
          expect(result.nps.trend.reduce((s, p) => s + p.n, 0)).toBe(result.nps.n);
        }
        if (result.csat.status === 'ok') {
          expect(result.csat.csat).toBeGreaterThanOrEqual(0);
          expect(result.csat.csat).toBeLessThanOrEqual(100);
          expect(result.csat.low).toBeLessThanOrEqual(result.csat.csat + 1e-9);
          expect(result.csat.high).toBeGreaterThanOrEqual(result.csat.csat - 1e-9);
        }
        if (result.ces.status === 'ok') {
          expect(result.ces.mean).toBeGreaterThanOrEqual(1);
          expect(result.ces.mean).toBeLessThanOrEqual(7);
        }
      }),
    );
  });

  it('shuffling responses and order rows changes nothing', () => {
    fc.assert(
      fc.property(responsesArbitrary, (list) => {
        const responses = toResponses(list);
        const reversed = [...responses].reverse();
        const rows = [0, 1, 2, 3, 4, 5].map((c, i) => buy(`c${c}`, 19700 + 50 * i, 10 * (c + 1)));
        const forward = orderTableFromRows(rows);
        const backward = orderTableFromRows([...rows].reverse());
        expect(surveySummary(null, DEFAULT_SETTINGS, {}, { responses: reversed })).toEqual(surveySummary(null, DEFAULT_SETTINGS, {}, { responses }));
        expect(surveyLinkedValue(backward, { responses: reversed }, DEFAULT_SETTINGS, {}, 60)).toEqual(surveyLinkedValue(forward, { responses }, DEFAULT_SETTINGS, {}, 60));
      }),
    );
  });
});
