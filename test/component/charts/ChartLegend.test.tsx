// @vitest-environment jsdom
/**
 * The charts' legend: series names as text, icons hidden from screen readers (Recharts' default
 * labels them "<name> legend icon" in English), a line for line series (dashed when the series
 * is), a square for bars, and the class names the SVG export reads.
 */
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { ChartLegendContent } from '../../../src/ui/charts/ChartLegend';

describe('ChartLegendContent', () => {
  it('lists each series by name with a decorative icon in its colour', () => {
    const { container } = render(
      <ChartLegendContent
        payload={[
          { value: 'نرخ ریزش', type: 'line', color: '#0072b2', payload: { strokeDasharray: '6 4' } },
          { value: 'مشتریان جدید', type: 'rect', color: '#e69f00' },
          { value: 'hidden', type: 'none', color: '#000' },
        ]}
      />,
    );
    const items = screen.getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual(['نرخ ریزش', 'مشتریان جدید']);
    expect(container.querySelectorAll('[aria-label]')).toHaveLength(0);
    const icons = container.querySelectorAll('svg');
    expect([...icons].every((icon) => icon.getAttribute('aria-hidden') === 'true')).toBe(true);
    const line = icons[0]!.querySelector('path')!;
    expect(line.getAttribute('stroke')).toBe('#0072b2');
    expect(line.getAttribute('stroke-dasharray')).toBe('3 2');
    expect(icons[1]!.querySelector('rect')!.getAttribute('fill')).toBe('#e69f00');
    expect(container.querySelectorAll('.recharts-legend-item .recharts-legend-item-text')).toHaveLength(2);
  });

  it('draws nothing without entries', () => {
    const { container } = render(<ChartLegendContent payload={[]} />);
    expect(container).toBeEmptyDOMElement();
  });
});
