/**
 * The generator's building blocks: the seeded random streams and distributions, the timeline's
 * calendar facts, and the CSV text helpers.
 */
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  betaSample, cumulativeWeights, gammaSample, hashedUniform, pickIndex, randomStream,
} from '../../../scripts/sample/random';
import { buildTimeline } from '../../../scripts/sample/timeline';
import { centsText, csvField, timeOfDayText } from '../../../scripts/sample/textFile';

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

function variance(values: readonly number[]): number {
  const center = mean(values);
  return mean(values.map((value) => (value - center) ** 2));
}

function draws(count: number, draw: () => number): number[] {
  return Array.from({ length: count }, draw);
}

describe('random streams', () => {
  it('repeats for the same (seed, label) and differs between labels and seeds', () => {
    const first = draws(5, randomStream(42, 'orders'));
    expect(draws(5, randomStream(42, 'orders'))).toEqual(first);
    expect(draws(5, randomStream(42, 'surveys'))).not.toEqual(first);
    expect(draws(5, randomStream(43, 'orders'))).not.toEqual(first);
  });

  it('stays in the open interval (0, 1) with mean ½ and variance 1/12 (property over seeds)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffff_ffff }), fc.string(), (seed, label) => {
        const values = draws(4000, randomStream(seed, label));
        expect(values.every((value) => value > 0 && value < 1)).toBe(true);
        // Standard error of the mean: √(1/12 / 4000) ≈ 0.0046; 0.025 is more than 5 of them.
        expect(Math.abs(mean(values) - 0.5)).toBeLessThan(0.025);
        expect(Math.abs(variance(values) - 1 / 12)).toBeLessThan(0.01);
      }),
      { numRuns: 20 },
    );
  });

  it('gives hashed uniforms fixed by (seed, label, index)', () => {
    expect(hashedUniform(1, 'mood', 7)).toBe(hashedUniform(1, 'mood', 7));
    expect(hashedUniform(1, 'mood', 7)).not.toBe(hashedUniform(1, 'mood', 8));
    const values = Array.from({ length: 4000 }, (_, index) => hashedUniform(3, 'mood', index));
    expect(Math.abs(mean(values) - 0.5)).toBeLessThan(0.025);
  });
});

describe('distributions', () => {
  const uniform = randomStream(7, 'distributions');

  it('draws Gamma(shape, rate) with mean shape/rate and variance shape/rate², on both sides of shape 1', () => {
    // Gamma(2, 4): mean 2/4 = 0.5, variance 2/16 = 0.125. Gamma(0.5, 1): mean 0.5, variance 0.5.
    const large = draws(20_000, () => gammaSample(uniform, 2, 4));
    expect(mean(large)).toBeCloseTo(0.5, 1);
    expect(Math.abs(mean(large) - 0.5)).toBeLessThan(0.015);
    expect(Math.abs(variance(large) - 0.125)).toBeLessThan(0.01);
    const small = draws(20_000, () => gammaSample(uniform, 0.5, 1));
    expect(Math.abs(mean(small) - 0.5)).toBeLessThan(0.02);
    expect(Math.abs(variance(small) - 0.5)).toBeLessThan(0.05);
  });

  it('draws Beta(a, b) in [0, 1] with mean a/(a+b) and variance ab/((a+b)²(a+b+1))', () => {
    // Beta(2, 3): mean 2/5 = 0.4, variance 6/(25·6) = 0.04.
    const values = draws(20_000, () => betaSample(uniform, 2, 3));
    expect(values.every((value) => value >= 0 && value <= 1)).toBe(true);
    expect(Math.abs(mean(values) - 0.4)).toBeLessThan(0.01);
    expect(Math.abs(variance(values) - 0.04)).toBeLessThan(0.004);
  });

  it('picks indexes in proportion to their weights, never a zero weight (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 5 }), { minLength: 1, maxLength: 8 }), fc.nat(), (weights, seed) => {
        fc.pre(weights.some((weight) => weight > 0));
        const source = randomStream(seed, 'pick');
        const sums = cumulativeWeights(weights);
        const counts = new Array<number>(weights.length).fill(0);
        for (let draw = 0; draw < 3000; draw++) {
          const index = pickIndex(source, sums);
          counts[index] = (counts[index] ?? 0) + 1;
        }
        const total = weights.reduce((sum, weight) => sum + weight, 0);
        weights.forEach((weight, index) => {
          if (weight === 0) expect(counts[index]).toBe(0);
          // Binomial standard deviation for 3000 draws is at most √(3000/4) ≈ 27; allow 0.05 · 3000 = 150.
          else expect(Math.abs((counts[index] ?? 0) / 3000 - weight / total)).toBeLessThan(0.05);
        });
      }),
      { numRuns: 30 },
    );
  });
});

describe('timeline', () => {
  const timeline = buildTimeline('2022-01-01', '2025-06-30');

  it('covers 2022-01-01 … 2025-06-30: 365 + 365 + 366 + 181 = 1,277 days and 42 months', () => {
    expect(timeline.dayCount).toBe(1277);
    expect(timeline.dateText[0]).toBe('2022-01-01');
    expect(timeline.dateText[1276]).toBe('2025-06-30');
    expect(timeline.monthText.length).toBe(42);
    expect(timeline.monthText[41]).toBe('2025-06-01');
    expect(timeline.yearOrdinal[1276]).toBe(3);
  });

  it('marks Black Friday … Cyber Monday (the four days after the fourth Thursday of November)', () => {
    const promotionDays = timeline.dateText.filter((_, index) => timeline.promotion[index] === 1);
    // Thanksgiving: 24 Nov 2022, 23 Nov 2023, 28 Nov 2024 (the Monday after 29 Nov 2024 is 2 Dec).
    expect(promotionDays).toEqual([
      '2022-11-25', '2022-11-26', '2022-11-27', '2022-11-28',
      '2023-11-24', '2023-11-25', '2023-11-26', '2023-11-27',
      '2024-11-29', '2024-11-30', '2024-12-01', '2024-12-02',
    ]);
  });

  it('has demand with mean 1, a summer dip and a peak on Black Friday; acquisition weight grows', () => {
    expect(mean([...timeline.demand])).toBeCloseTo(1, 10);
    const meanBetween = (from: string, to: string): number =>
      mean([...timeline.demand].filter((_, index) => timeline.dateText[index]! >= from && timeline.dateText[index]! <= to));
    expect(meanBetween('2023-07-01', '2023-08-31')).toBeLessThan(meanBetween('2023-03-01', '2023-05-31'));
    expect(timeline.peakDemand).toBeGreaterThan(2);
    const dailyAcquisition = (index: number): number => (timeline.acquisitionCumulative[index] ?? 0) - (timeline.acquisitionCumulative[index - 1] ?? 0);
    // The same weekday one year apart (364 days), both in March: growth 1.45 a year.
    const march2023 = timeline.dateText.indexOf('2023-03-15');
    expect(dailyAcquisition(march2023 + 364) / dailyAcquisition(march2023)).toBeCloseTo(Math.pow(1.45, 364 / 365.25), 2);
  });

  it('rejects an empty or reversed range', () => {
    expect(() => buildTimeline('2024-02-01', '2024-01-31')).toThrow(/invalid date range/);
    expect(() => buildTimeline('2024-02-30', '2024-03-31')).toThrow(/invalid date range/);
  });
});

describe('CSV text helpers', () => {
  it('formats cents and times of day', () => {
    expect(centsText(1299)).toBe('12.99');
    expect(centsText(5)).toBe('0.05');
    expect(centsText(100)).toBe('1.00');
    expect(centsText(0)).toBe('0.00');
    expect(timeOfDayText(0)).toBe('00:00:00');
    expect(timeOfDayText(3661)).toBe('01:01:01'); // 3600 + 60 + 1
    expect(timeOfDayText(86_399)).toBe('23:59:59');
  });

  it('quotes only fields that need it', () => {
    expect(csvField('House Blend')).toBe('House Blend');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('round-trips any text through a CSV reader (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const parsed = Papa.parse<string[]>(`${csvField(text)},end\n`, { skipEmptyLines: true }).data;
        expect(parsed[0]).toEqual([text, 'end']);
      }),
      { numRuns: 300 },
    );
  });
});
