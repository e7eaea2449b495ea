import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartLegendContent } from './ChartLegend';
import { tooltipValue, type ChartSeries } from './series';
import { useChartDirection } from './direction';
import { useCategoryInterval, VALUE_LINES_ONLY } from './ticks';

/** Lines over a category axis (periods); null values leave gaps rather than drawing through zero. */
export function LineSeriesChart<Row extends object>(props: {
  data: readonly Row[];
  xKey: keyof Row & string;
  series: readonly ChartSeries[];
  formatValue: (value: number) => string;
  yDomain?: [number, number];
}) {
  const xKey: string = props.xKey; // a plain key: Recharts cannot check a key of a generic row
  const direction = useChartDirection();
  // The value axis (64 px) and the margins (24 px) take that much of the width.
  const interval = useCategoryInterval(props.data.map((row) => (row as Record<string, unknown>)[xKey]), direction.categoryText, 88);
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={props.data} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
        <CartesianGrid {...VALUE_LINES_ONLY} />
        <XAxis dataKey={xKey} reversed={direction.rtl} tickFormatter={direction.categoryText} interval={interval} />
        <YAxis domain={props.yDomain ?? ['auto', 'auto']} tickFormatter={(value: number) => props.formatValue(value)} width={64} {...direction.sideAxis} />
        <Tooltip formatter={tooltipValue(props.formatValue)} labelFormatter={direction.categoryText} contentStyle={direction.textStyle} />
        <Legend content={<ChartLegendContent />} wrapperStyle={direction.textStyle} />
        {props.series.map((series) => (
          <Line
            key={series.key}
            type="monotone"
            dataKey={series.key}
            name={series.label}
            stroke={series.color}
            strokeWidth={2}
            strokeDasharray={series.dashed ? '6 4' : undefined}
            dot={false}
            connectNulls={false}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
