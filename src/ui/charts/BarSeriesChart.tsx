import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartLegendContent } from './ChartLegend';
import { tooltipValue, type ChartSeries } from './series';
import { useChartDirection } from './direction';
import { useCategoryInterval, VALUE_LINES_ONLY, VERTICAL_VALUE_LINES_ONLY } from './ticks';

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
  const direction = useChartDirection();
  const categories = props.data.map((row) => (row as Record<string, unknown>)[categoryKey]);
  const showLegend = props.showLegend ?? props.series.length > 1;
  // Along the width: the value axis (72 px) and the margins; along the height: the margins, the value axis and the legend.
  const interval = useCategoryInterval(categories, direction.categoryText, vertical ? 46 + (showLegend ? 28 : 0) : 96, vertical ? 'height' : 'width');
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={props.data} layout={vertical ? 'vertical' : 'horizontal'} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
        <CartesianGrid {...(vertical ? VERTICAL_VALUE_LINES_ONLY : VALUE_LINES_ONLY)} />
        {vertical ? (
          <>
            <XAxis type="number" {...valueAxis} reversed={direction.rtl} />
            <YAxis type="category" dataKey={categoryKey} width={140} tickFormatter={direction.categoryText} {...direction.sideAxis} interval={interval} />
          </>
        ) : (
          <>
            <XAxis dataKey={categoryKey} reversed={direction.rtl} tickFormatter={direction.categoryText} interval={interval} />
            <YAxis {...valueAxis} width={72} {...direction.sideAxis} />
          </>
        )}
        <Tooltip formatter={tooltipValue(props.formatValue)} labelFormatter={direction.categoryText} contentStyle={direction.textStyle} />
        {showLegend && <Legend content={<ChartLegendContent />} wrapperStyle={direction.textStyle} />}
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
