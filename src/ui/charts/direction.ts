/**
 * Charts in the reader's direction. In a right-to-left page (fa, ar) a chart mirrors like the
 * text around it: the category (time) axis is reversed so time flows right to left, the value
 * axis stands on the right, and tooltips and legends are laid out right to left. This follows
 * how Persian and Arabic business reports draw time series; numbers in ticks still read in
 * the locale's digits. Category ticks that are engine period labels (2024-03, 1403-01) are shown
 * through formatPeriodLabel, so axis labels follow the calendar.
 */
import type { CSSProperties } from 'react';
import { directionOf } from '../../i18n/locale';
import { formatPeriodLabel } from '../../i18n/dates';
import { numberFormatter } from '../../i18n/numbers';
import { useAppStore } from '../../store/store';

export interface ChartDirection {
  rtl: boolean;
  /** The text of a category tick or tooltip label (period labels in the user's calendar, numbers in the locale's digits). */
  categoryText: (value: unknown) => string;
  /** For Tooltip contentStyle and Legend wrapperStyle. */
  textStyle: CSSProperties;
  /**
   * Props for the Y axis: on the right in a right-to-left page. Its tick labels inherit the
   * page's rtl direction, where SVG's text-anchor "start" is the text's right edge, so they are
   * anchored at "end" to extend away from the plot. Value axes show every tick Recharts picks
   * (about five, far apart): `interval: 0` spares measuring their labels (ticks.ts).
   */
  sideAxis: { orientation?: 'right'; tick?: { textAnchor: 'end' }; interval: number };
}

export function useChartDirection(): ChartDirection {
  const locale = useAppStore((s) => s.locale);
  const calendar = useAppStore((s) => s.settings.calendar);
  const rtl = directionOf(locale) === 'rtl';
  return {
    rtl,
    categoryText: (value) => {
      if (typeof value === 'number') return numberFormatter({ maximumFractionDigits: 2 }).format(value);
      return typeof value === 'string' ? formatPeriodLabel(value, calendar) : String(value ?? '');
    },
    textStyle: { direction: rtl ? 'rtl' : 'ltr', textAlign: 'start' },
    sideAxis: rtl ? { orientation: 'right', tick: { textAnchor: 'end' }, interval: 0 } : { interval: 0 },
  };
}
