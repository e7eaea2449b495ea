import { Area, CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartLegendContent } from './ChartLegend';
import { tooltipValue } from './series';
import { useChartDirection } from './direction';
import { useCategoryInterval, VALUE_LINES_ONLY } from './ticks';

export interface IntervalPoint {
  label: string;
  value: number | null;
  low: number | null;
  high: number | null;
}

/** A trend line with its 95% interval as a shaded band; periods without data leave gaps. */
export function IntervalTrendChart(props: {
  data: readonly IntervalPoint[];
  valueLabel: string;
  intervalLabel: string;
  color: string;
  formatValue: (value: number) => string;
  /** The scale's range: intervals reaching beyond it are clipped (a t interval can pass the ends of a 1–7 scale). */
  yDomain?: [number, number];
  /** Draw a line at this value (0 for NPS). */
  reference?: number;
}) {
  const direction = useChartDirection();
  const interval = useCategoryInterval(props.data.map((point) => point.label), direction.categoryText, 88);
  const rows = props.data.map((point) => ({
    label: point.label,
    value: point.value,
    band: point.low !== null && point.high !== null ? [point.low, point.high] : null,
  }));
  return (
    <ResponsiveContainer width="100%" height="100%">
      <ComposedChart data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
        <CartesianGrid {...VALUE_LINES_ONLY} />
        <XAxis dataKey="label" reversed={direction.rtl} tickFormatter={direction.categoryText} interval={interval} />
        <YAxis
          domain={props.yDomain ?? ['auto', 'auto']}
          allowDataOverflow={props.yDomain !== undefined}
          tickFormatter={(value: number) => props.formatValue(value)}
          width={64}
          {...direction.sideAxis}
        />
        <Tooltip formatter={tooltipValue(props.formatValue)} labelFormatter={direction.categoryText} contentStyle={direction.textStyle} />
        <Legend content={<ChartLegendContent />} wrapperStyle={direction.textStyle} />
        {props.reference !== undefined && <ReferenceLine y={props.reference} stroke="#5b5b63" strokeDasharray="4 4" />}
        <Area dataKey="band" name={props.intervalLabel} fill={props.color} fillOpacity={0.18} stroke="none" isAnimationActive={false} />
        <Line dataKey="value" name={props.valueLabel} stroke={props.color} strokeWidth={2} dot={{ r: 3 }} connectNulls={false} isAnimationActive={false} />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
