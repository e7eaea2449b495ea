import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { quintileScores } from '../../../src/metrics/rfm';

/** The definition, computed the direct way: each value's tie block found by binary search in a sorted copy. */
function scoresByDefinition(values: readonly number[]): number[] {
  const n = values.length;
  const sorted = Float64Array.from(values).sort();
  return values.map((value) => {
    let low = 0;
    let high = n;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (sorted[middle]! < value) low = middle + 1;
      else high = middle;
    }
    const below = low;
    high = n;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (sorted[middle]! <= value) low = middle + 1;
      else high = middle;
    }
    return Math.min(5, Math.floor(5 * ((below + 0.5 * (low - below)) / n)) + 1);
  });
}

describe('quintileScores equals the mid-rank definition', () => {
  it('for small integers (counted), wide integers and any doubles (sorted), NaN and signed zeros', () => {
    const value = fc.oneof(
      fc.integer({ min: -6, max: 6 }),
      fc.integer(),
      fc.double(),
      fc.constant(-0),
      fc.constant(Number.NaN),
      fc.constant(Number.POSITIVE_INFINITY),
    );
    fc.assert(
      fc.property(fc.array(value, { maxLength: 50 }), (values) => {
        expect([...quintileScores(values)]).toEqual(scoresByDefinition(values));
        expect([...quintileScores(values, Float64Array.from(values).sort())]).toEqual(scoresByDefinition(values));
      }),
      { numRuns: 2000 },
    );
  });
});
