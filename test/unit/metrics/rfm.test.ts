import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { orderTableFromRows, type OrderRowInput } from '../../../src/metrics/table';
import { DEFAULT_SETTINGS } from '../../../src/metrics/settings';
import {
  RFM_SEGMENTS, customersInSegment, frequencyMonetaryScore, quintileScores, rfmMigration, rfmScores, rfmSegments, segmentOf,
} from '../../../src/metrics/rfm';

/** The type of the values an arbitrary generates. */
type ValueOf<A> = A extends fc.Arbitrary<infer T> ? T : never;

let nextOrder = 0;
const purchase = (customerId: string, day: number, amount: number): OrderRowInput => ({ orderId: `o${nextOrder++}`, customerId, day, amount, isPurchase: true });
const refund = (customerId: string, day: number, amount: number): OrderRowInput => ({ orderId: `r${nextOrder++}`, customerId, day, amount, isPurchase: false });

describe('quintileScores (mid-rank percentile: score = ⌊5·(below + ½·equal)/n⌋ + 1)', () => {
  it('gives 1…5 to five distinct values and pairs to ten', () => {
    expect([...quintileScores([30, 10, 50, 20, 40])]).toEqual([3, 1, 5, 2, 4]);
    expect([...quintileScores([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])]).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
  });

  it('gives ties one score: the middle of their block', () => {
    // 1 ×6: (0 + 3)/10 = .3 → 2; 2 ×2: (6 + 1)/10 = .7 → 4; 5: (8 + .5)/10 = .85 → 5; 9: .95 → 5.
    expect([...quintileScores([1, 1, 1, 1, 1, 1, 2, 2, 5, 9])]).toEqual([2, 2, 2, 2, 2, 2, 4, 4, 5, 5]);
    expect([...quintileScores([7])]).toEqual([3]);
    expect([...quintileScores([4, 4, 4])]).toEqual([3, 3, 3]);
    expect([...quintileScores([])]).toEqual([]);
  });
});

describe('segment grid', () => {
  it('maps (R, FM) cells to the documented names', () => {
    expect(frequencyMonetaryScore(5, 4)).toBe(5); // ⌈4.5⌉
    expect(frequencyMonetaryScore(1, 2)).toBe(2);
    expect([segmentOf(5, 5), segmentOf(5, 1), segmentOf(4, 1), segmentOf(4, 2), segmentOf(4, 4), segmentOf(3, 4)]).toEqual(['champions', 'new', 'new', 'potential', 'loyal', 'loyal']);
    expect([segmentOf(3, 3), segmentOf(3, 2), segmentOf(2, 1), segmentOf(1, 2), segmentOf(1, 3), segmentOf(2, 5), segmentOf(1, 5)]).toEqual(['at-risk', 'hibernating', 'hibernating', 'lost', 'at-risk', 'cannot-lose', 'cannot-lose']);
  });
});

/**
 * five-customers (days as integers; last day 100):
 *   A: 70, 80, 90, 100, 50 each → R 0, F 4, M 200
 *   B: 60, 95, 150 each        → R 5, F 2, M 300
 *   C: 50, 20                  → R 50, F 1, M 20
 *   D: 10, 20, 30 at 30, refund −10 on 40 → R 70, F 3, M 80
 *   E: 5, 500                  → R 95, F 1, M 500
 * R (more recent higher): E 1, D 2, C 3, B 4, A 5.
 * F: C, E tie at 1 → (0 + 1)/5 = .2 → 2; B .5 → 3; D .7 → 4; A .9 → 5.
 * M: C 1, D 2, A 3, B 4, E 5.
 * FM = ⌈(F+M)/2⌉: A ⌈4⌉ = 4, B ⌈3.5⌉ = 4, C ⌈1.5⌉ = 2, D ⌈3⌉ = 3, E ⌈3.5⌉ = 4.
 * Segments: A (5,4) champions, B (4,4) loyal, C (3,2) hibernating, D (2,3) at-risk, E (1,4) at-risk.
 */
const table = orderTableFromRows([
  ...[70, 80, 90, 100].map((day) => purchase('A', day, 50)),
  purchase('B', 60, 150),
  purchase('B', 95, 150),
  purchase('C', 50, 20),
  ...[10, 20, 30].map((day) => purchase('D', day, 30)),
  refund('D', 40, -10),
  purchase('E', 5, 500),
]);

describe('rfmScores', () => {
  it('scores a hand-checked fixture as of the last day', () => {
    const result = rfmScores(table, DEFAULT_SETTINGS, {});
    if (result.status !== 'ok') throw new Error('expected ok');
    expect(result.asOfDay).toBe(100);
    expect(result.customers.map((c) => [c.customerId, c.recency, c.frequency, c.monetary, c.recencyScore, c.frequencyScore, c.monetaryScore, c.frequencyMonetaryScore, c.segment])).toEqual([
      ['A', 0, 4, 200, 5, 5, 3, 4, 'champions'],
      ['B', 5, 2, 300, 4, 3, 4, 4, 'loyal'],
      ['C', 50, 1, 20, 3, 2, 1, 2, 'hibernating'],
      ['D', 70, 3, 80, 2, 4, 2, 3, 'at-risk'],
      ['E', 95, 1, 500, 1, 2, 5, 4, 'at-risk'],
    ]);
  });

  it('scores as of settings.asOfDay from the rows up to that day', () => {
    // As of 60 (A not yet a customer): B R0 F1 M150; C R10 F1 M20; D R30 F3 M80; E R55 F1 M500.
    // R: E .125 → 1, D .375 → 2, C .625 → 4, B .875 → 5. F: three 1s → (0 + 1.5)/4 = .375 → 2; D → 5.
    // M: C 1, D 2, B 4, E 5. FM: B ⌈3⌉ = 3, C ⌈1.5⌉ = 2, D ⌈3.5⌉ = 4, E ⌈3.5⌉ = 4.
    const result = rfmScores(table, { ...DEFAULT_SETTINGS, asOfDay: 60 }, {});
    if (result.status !== 'ok') throw new Error('expected ok');
    expect(result.customers.map((c) => [c.customerId, c.recencyScore, c.frequencyScore, c.monetaryScore, c.segment])).toEqual([
      ['B', 5, 2, 4, 'potential'],
      ['C', 4, 2, 1, 'potential'],
      ['D', 2, 5, 2, 'at-risk'],
      ['E', 1, 2, 5, 'at-risk'],
    ]);
  });

  it('one customer scores 3 everywhere; no customers is an explicit empty state', () => {
    const one = rfmScores(orderTableFromRows([purchase('Z', 3, 9)]), DEFAULT_SETTINGS, {});
    if (one.status !== 'ok') throw new Error('expected ok');
    expect(one.customers[0]).toMatchObject({ recency: 0, recencyScore: 3, frequencyScore: 3, monetaryScore: 3, segment: 'at-risk' });
    expect(rfmScores(table, DEFAULT_SETTINGS, { customerIds: [] })).toEqual({ status: 'empty', reason: 'no-customers' });
    expect(rfmScores(orderTableFromRows([refund('Z', 1, -4)]), DEFAULT_SETTINGS, {})).toEqual({ status: 'empty', reason: 'no-customers' });
    expect(rfmScores(table, { ...DEFAULT_SETTINGS, asOfDay: 1 }, {})).toEqual({ status: 'empty', reason: 'no-customers' });
  });
});

describe('rfmSegments and customersInSegment', () => {
  it('summarises every segment, empty ones included', () => {
    // Revenue 200 + 300 + 20 + 80 + 500 = 1100. at-risk: D, E → 580; mean recency (70 + 95)/2, frequency 2, monetary 290.
    const result = rfmSegments(table, DEFAULT_SETTINGS, {});
    if (result.status !== 'ok') throw new Error('expected ok');
    expect(result.customers).toBe(5);
    expect(result.revenue).toBe(1100);
    expect(result.segments.map((s) => s.segment)).toEqual([...RFM_SEGMENTS]);
    const atRisk = result.segments.find((s) => s.segment === 'at-risk')!;
    expect(atRisk).toEqual({ segment: 'at-risk', customers: 2, share: 0.4, revenue: 580, revenueShare: 580 / 1100, meanRecency: 82.5, meanFrequency: 2, meanMonetary: 290 });
    expect(result.segments.find((s) => s.segment === 'lost')).toEqual({ segment: 'lost', customers: 0, share: 0, revenue: 0, revenueShare: 0, meanRecency: null, meanFrequency: null, meanMonetary: null });
    expect(customersInSegment(table, DEFAULT_SETTINGS, {}, 'at-risk')).toEqual(['D', 'E']);
    expect(customersInSegment(table, DEFAULT_SETTINGS, {}, 'lost')).toEqual([]);
  });

  it('is empty without customers', () => {
    expect(rfmSegments(table, DEFAULT_SETTINGS, { customerIds: ['nobody'] })).toEqual({ status: 'empty', reason: 'no-customers' });
  });
});

describe('rfmMigration', () => {
  it('counts moves between the segments of two days, new customers in (new)', () => {
    // From day 60: B, C potential; D, E at-risk; A acquired on 70 → (new). To day 100: see the fixture.
    const result = rfmMigration(table, DEFAULT_SETTINGS, {}, 60, 100);
    if (result.status !== 'ok') throw new Error('expected ok');
    expect(result.customers).toBe(5);
    expect(result.unchanged).toBe(2);
    const cell = (from: string, to: string): number => result.counts[result.fromLabels.indexOf(from as never)]![result.toLabels.indexOf(to as never)]!;
    expect([cell('(new)', 'champions'), cell('potential', 'loyal'), cell('potential', 'hibernating'), cell('at-risk', 'at-risk')]).toEqual([1, 1, 1, 2]);
    expect(result.counts.flat().reduce((s, x) => s + x, 0)).toBe(5);
  });

  it('marks customers acquired before the date filter with no purchase by fromDay as (none)', () => {
    // Filter from 55. X bought on 40 (outside) and 80; Y on 58 and 100. As of 60 only Y is known; X → (none).
    const small = orderTableFromRows([purchase('X', 40, 10), purchase('X', 80, 10), purchase('Y', 58, 10), purchase('Y', 100, 10)]);
    const result = rfmMigration(small, DEFAULT_SETTINGS, { fromDay: 55 }, 60, 100);
    if (result.status !== 'ok') throw new Error('expected ok');
    const rowSum = (label: string): number => result.counts[result.fromLabels.indexOf(label as never)]!.reduce((s, x) => s + x, 0);
    expect([rowSum('(none)'), rowSum('at-risk'), rowSum('(new)')]).toEqual([1, 1, 0]); // Y alone scores 3, 3, 3 → at-risk
  });

  it('rejects a reversed range and reports no customers', () => {
    expect(rfmMigration(table, DEFAULT_SETTINGS, {}, 100, 60)).toEqual({ status: 'empty', reason: 'invalid-range' });
    expect(rfmMigration(table, DEFAULT_SETTINGS, {}, 0, 1)).toEqual({ status: 'empty', reason: 'no-customers' });
  });
});

const records = fc.array(
  fc.record({ customer: fc.integer({ min: 0, max: 12 }), day: fc.integer({ min: 0, max: 365 }), amount: fc.integer({ min: 1, max: 400 }), refund: fc.boolean() }),
  { minLength: 1, maxLength: 50 },
);
const toRows = (list: ValueOf<typeof records>): OrderRowInput[] =>
  list.map((r, i) => ({ orderId: `o${i}`, customerId: `c${r.customer}`, day: r.day, amount: r.refund ? -r.amount : r.amount, isPurchase: !r.refund }));

describe('RFM properties', () => {
  it('scores in 1…5, each customer in exactly one segment, sizes sum to the customers', () => {
    fc.assert(
      fc.property(records, (list) => {
        const t = orderTableFromRows(toRows(list));
        const scores = rfmScores(t, DEFAULT_SETTINGS, {});
        const segments = rfmSegments(t, DEFAULT_SETTINGS, {});
        if (scores.status !== 'ok' || segments.status !== 'ok') {
          expect([scores.status, segments.status]).toEqual(['empty', 'empty']);
          return;
        }
        for (const c of scores.customers) {
          for (const s of [c.recencyScore, c.frequencyScore, c.monetaryScore, c.frequencyMonetaryScore]) {
            expect(Number.isInteger(s) && s >= 1 && s <= 5).toBe(true);
          }
        }
        expect(segments.segments.reduce((s, x) => s + x.customers, 0)).toBe(scores.customers.length);
        const listed = RFM_SEGMENTS.flatMap((segment) => customersInSegment(t, DEFAULT_SETTINGS, {}, segment));
        expect(listed.sort()).toEqual(scores.customers.map((c) => c.customerId).sort());
        expect(JSON.stringify(segments)).not.toMatch(/NaN|Infinity/);
      }),
    );
  });

  it('equal values share a score and a higher value never scores lower', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 1, maxLength: 40 }), (values) => {
        const scores = quintileScores(values);
        for (let i = 0; i < values.length; i++) {
          for (let j = 0; j < values.length; j++) {
            if (values[i]! === values[j]!) expect(scores[i]).toBe(scores[j]);
            if (values[i]! < values[j]!) expect(scores[i]!).toBeLessThanOrEqual(scores[j]!);
          }
        }
      }),
    );
  });

  it('shuffling rows changes nothing; migration rows add up to the customers', () => {
    fc.assert(
      fc.property(records, fc.integer({ min: 0, max: 365 }), (list, fromDay) => {
        const input = toRows(list);
        const one = orderTableFromRows(input);
        const two = orderTableFromRows([...input].reverse());
        expect(rfmScores(two, DEFAULT_SETTINGS, {})).toEqual(rfmScores(one, DEFAULT_SETTINGS, {}));
        const migration = rfmMigration(one, DEFAULT_SETTINGS, {}, fromDay, 365);
        if (migration.status !== 'ok') return;
        expect(migration.counts.flat().reduce((s, x) => s + x, 0)).toBe(migration.customers);
        expect(rfmMigration(two, DEFAULT_SETTINGS, {}, fromDay, 365)).toEqual(migration);
      }),
    );
  });
});
