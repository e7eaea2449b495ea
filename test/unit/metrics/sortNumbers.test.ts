import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sortedCopy } from '../../../src/metrics/sortNumbers';

/** Bit-for-bit equality (distinguishes −0 from +0). */
function sameBits(a: Float64Array, b: Float64Array): boolean {
  const x = new Uint32Array(a.buffer, a.byteOffset, 2 * a.length);
  const y = new Uint32Array(b.buffer, b.byteOffset, 2 * b.length);
  return x.length === y.length && x.every((word, i) => word === y[i]);
}

describe('sortedCopy', () => {
  it('gives Float64Array.prototype.sort’s result bit for bit, on inputs long enough for the radix path', () => {
    const value = fc.oneof(fc.double({ noNaN: true }), fc.integer({ min: -50, max: 50 }), fc.constant(-0), fc.constant(0));
    fc.assert(
      fc.property(fc.array(value, { minLength: 2048, maxLength: 3000 }), (values) => {
        expect(sameBits(sortedCopy(values), Float64Array.from(values).sort())).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('handles NaN, small inputs and money-like amounts', () => {
    const amounts = Array.from({ length: 5000 }, (_, i) => Math.round(Math.sin(i) * 100_000) / 100 - (i % 7 === 0 ? 0 : 0.01));
    expect(sameBits(sortedCopy(amounts), Float64Array.from(amounts).sort())).toBe(true);
    const withNaN = [...amounts, Number.NaN, -0];
    expect(sameBits(sortedCopy(withNaN), Float64Array.from(withNaN).sort())).toBe(true);
    expect([...sortedCopy([3, -0, 0, -2])].map((v) => Object.is(v, -0) ? '-0' : String(v))).toEqual(['-2', '-0', '0', '3']);
  });
});
