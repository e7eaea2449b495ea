/** What a line or bar series of a chart shows: the data key, its label in the legend and its colour. */
export interface ChartSeries {
  key: string;
  label: string;
  color: string;
  dashed?: boolean;
  /** Bars with the same stack name pile up (BarSeriesChart); overrides the chart's `stacked`. */
  stack?: string;
}

/** Recharts hands tooltip values over as number | string | arrays; the panels' values are numbers. */
export function tooltipValue(formatValue: (value: number) => string) {
  return (value: unknown): string => {
    if (Array.isArray(value)) return value.map((v) => formatValue(Number(v))).join(' – ');
    return value === null || value === undefined ? '—' : formatValue(Number(value));
  };
}
