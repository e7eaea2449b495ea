import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { tooltipValue, type ChartSeries } from './series';

/**
 * Bars per category, side by side or stacked. `layout="vertical"` draws horizontal bars (funnels,
 * long labels). A row may carry a `fill` to colour its own bar (Recharts data styles).
 */
export function BarSeriesChart<Row extends object>(props: {
  data: readonly Row[];
  categoryKey: keyof Row & string;
  series: readonly ChartSeries[];
  formatValue: (value: number) => string;
  stacked?: boolean;
  layout?: 'horizontal' | 'vertical';
  showLegend?: boolean;
}) {
  const vertical = props.layout === 'vertical';
  const valueAxis = { tickFormatter: (value: number) => props.formatValue(value) };
  const categoryKey: string = props.categoryKey; // a plain key: Recharts cannot check a key of a generic row
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={props.data} layout={vertical ? 'vertical' : 'horizontal'} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" />
        {vertical ? (
          <>
            <XAxis type="number" {...valueAxis} />
            <YAxis type="category" dataKey={categoryKey} width={140} />
          </>
        ) : (
          <>
            <XAxis dataKey={categoryKey} />
            <YAxis {...valueAxis} width={72} />
          </>
        )}
        <Tooltip formatter={tooltipValue(props.formatValue)} />
        {(props.showLegend ?? props.series.length > 1) && <Legend />}
        {props.series.map((series) => (
          <Bar
            key={series.key}
            dataKey={series.key}
            name={series.label}
            fill={series.color}
            stackId={series.stack ?? (props.stacked ? 'stack' : undefined)}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
