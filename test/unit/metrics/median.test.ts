import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { median, medianSorted } from '../../../src/metrics/median';

/** The definition: sort (typed-array order: −0 before +0, NaN last) and take the middle. */
function medianBySort(values: readonly number[]): number | null {
  return medianSorted(Float64Array.from(values).sort());
}

describe('median', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([])).toBeNull();
    expect(median([7])).toBe(7);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([5, 5, 5, 1])).toBe(5);
  });

  it('equals the sorted-list median exactly, signed zeros and NaN included', () => {
    const value = fc.oneof(fc.integer({ min: -4, max: 4 }), fc.constant(-0), fc.double({ noNaN: true }), fc.constant(Number.NaN));
    fc.assert(
      fc.property(fc.array(value, { maxLength: 60 }), (values) => {
        expect(Object.is(median(values), medianBySort(values))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
