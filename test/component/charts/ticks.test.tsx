// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { labelEm, tickInterval, useCategoryInterval, widestLabel } from '../../../src/ui/charts/ticks';

describe('tickInterval', () => {
  it('skips the fewest ticks that keep the shown labels apart', () => {
    // Labels of 100 px and 8 px of gap: 108 px a tick; 36 ticks on 1000 px are 27.8 px apart.
    expect(tickInterval(36, 100, 1000, 16, 'width')).toBe(3); // every 4th: 111 px apart (every 3rd: 83 px)
    expect(tickInterval(9, 100, 1000, 16, 'width')).toBe(0); // 111 px apart: all shown
    expect(tickInterval(10, 100, 1000, 16, 'width')).toBe(1); // 100 px apart is too close
    // Along a vertical axis a label is a line: 1.25 × 16 + 8 = 28 px; 20 ticks on 234 px are 11.7 px apart.
    expect(tickInterval(20, 0, 234, 16, 'height')).toBe(2);
    // Nothing fits twice: the first label alone.
    expect(tickInterval(5, 200, 100, 16, 'width')).toBe(10);
    expect(tickInterval(0, 100, 1000, 16, 'width')).toBe(0);
  });

  it('shown labels are always a label and a gap apart, and one interval less would bring them closer', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2000 }), fc.double({ min: 1, max: 600, noNaN: true }), fc.integer({ min: 40, max: 3000 }), (count, labelPx, axisPx) => {
        const interval = tickInterval(count, labelPx, axisPx, 16, 'width');
        const tickPx = labelPx + 8;
        expect(((interval + 1) * axisPx) / count).toBeGreaterThanOrEqual(tickPx - 1e-6);
        if (interval > 0) expect((interval * axisPx) / count).toBeLessThan(tickPx);
      }),
    );
  });
});

describe('labelEm and widestLabel', () => {
  it('estimates a label’s width from its characters, 8% over the measured advances', () => {
    // S 0.68 + "eptember" 8 × 0.56 + space 0.32 + "2023" 4 × 0.64 = 8.04 em; × 1.08.
    expect(labelEm('September 2023')).toBeCloseTo(8.6832, 10);
    expect(labelEm('100%')).toBeCloseTo((3 * 0.64 + 0.9) * 1.08, 10);
    expect(labelEm('')).toBe(0);
  });

  it('takes the widest of evenly spaced labels, the last one included', () => {
    const labels = Array.from({ length: 100 }, (_, i) => `W${i}`);
    expect(widestLabel(labels, String)).toBeCloseTo(labelEm('W99'), 10);
    expect(widestLabel([...labels.slice(0, 99), 'the last label'], String)).toBeCloseTo(labelEm('the last label'), 10);
    expect(widestLabel([], String)).toBe(0);
  });
});

function Probe(props: { values: string[] }) {
  return <output>{useCategoryInterval(props.values, String, 88)}</output>;
}

describe('useCategoryInterval', () => {
  it('spaces ticks for a 600 × 280 px box of 16 px text until the box reports its size (no layout in jsdom)', () => {
    // 600 − 88 = 512 px for 36 ticks; "2024-01" is (6 × 0.64 + 0.6) × 1.08 = 4.7952 em = 76.7 px, 84.7 px with the gap:
    // 36 × 84.7 / 512 = 5.96, so every 6th tick.
    render(<Probe values={Array.from({ length: 36 }, (_, i) => `20${24 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`)} />);
    expect(screen.getByRole('status').textContent).toBe('5');
  });
});
