import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gapQuantile, purchaseDays, purchaseGaps, quantileSorted } from '../../../src/metrics/activity';
import { purchaseDayIndex, purchaseDaysEnd } from '../../../src/metrics/customerRows';
import { applyFilters } from '../../../src/metrics/view';
import { BASE_DAY, denseRows, randomRows, tableOf } from '../../fixtures/metrics/retentionOrders';

const rowsAndRange = fc.tuple(fc.oneof(randomRows, denseRows), fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 240 }));

describe('per-view purchase days and gaps', () => {
  it('the purchase-day index lists each customer’s distinct purchase days and running order counts', () => {
    fc.assert(
      fc.property(rowsAndRange, ([rows, from, length]) => {
        const table = tableOf(rows);
        for (const filters of [{}, { fromDay: BASE_DAY + from, toDay: BASE_DAY + from + length }]) {
          const view = applyFilters(table, filters);
          const index = purchaseDayIndex(view);
          for (let position = 0; position < view.customers.length; position++) {
            const days = purchaseDays(view, position);
            expect([...index.day.subarray(index.start[position]!, index.start[position + 1]!)]).toEqual(days);
            // Orders up to each day: the purchase rows of the customer on or before it.
            for (let j = index.start[position]!; j < index.start[position + 1]!; j++) {
              let orders = 0;
              for (let k = view.customerStart[position]!; k < view.customerStart[position + 1]!; k++) {
                const row = view.customerRows[k]!;
                if (table.isPurchase[row] === 1 && table.day[row]! <= index.day[j]!) orders++;
              }
              expect(index.ordersThrough[j]).toBe(orders);
            }
            const cut = BASE_DAY + from;
            expect(purchaseDaysEnd(index, position, cut) - index.start[position]!).toBe(days.filter((d) => d <= cut).length);
          }
        }
      }),
    );
  });

  it('the gap histogram gives the sorted gaps’ count and quantiles', () => {
    fc.assert(
      fc.property(rowsAndRange, ([rows]) => {
        const view = applyFilters(tableOf(rows), {});
        const gaps: number[] = [];
        let customers = 0;
        for (let position = 0; position < view.customers.length; position++) {
          const days = purchaseDays(view, position);
          if (days.length >= 2) customers++;
          for (let i = 1; i < days.length; i++) gaps.push(days[i]! - days[i - 1]!);
        }
        const sorted = Float64Array.from(gaps).sort();
        const histogram = purchaseGaps(view);
        expect([histogram.gaps, histogram.customers]).toEqual([gaps.length, customers]);
        for (const p of [0, 0.1, 0.5, 0.9, 0.99, 1]) expect(gapQuantile(histogram, p)).toBe(quantileSorted(sorted, p));
      }),
    );
  });
});
