import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartLegendContent } from './ChartLegend';
import { formatPercent } from '../../i18n/numbers';
import { CATEGORICAL } from '../palette';
import { tooltipValue } from './series';
import { useChartDirection } from './direction';
import { useCategoryInterval } from './ticks';

const SHARE_TICKS = [0, 20, 40, 60, 80, 100];

/** The Lorenz curve (shares in [0, 1]) against the line of equality, both axes in percent. */
export function LorenzChart(props: {
  points: readonly { customerShare: number; revenueShare: number }[];
  curveLabel: string;
  equalityLabel: string;
  customerAxisLabel: string;
}) {
  const rows = props.points.map((point) => ({ customers: point.customerShare * 100, revenue: point.revenueShare * 100, equality: point.customerShare * 100 }));
  const percent = (value: number) => formatPercent(value, 0);
  // Shares, not time: the axes keep their mathematical orientation; tooltip and legend follow the page's direction.
  const direction = useChartDirection();
  const interval = useCategoryInterval(SHARE_TICKS, (value) => percent(Number(value)), 80);
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={rows} margin={{ top: 8, right: 16, bottom: 16, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="customers" type="number" domain={[0, 100]} ticks={SHARE_TICKS} tickFormatter={percent} interval={interval} label={{ value: props.customerAxisLabel, position: 'insideBottom', offset: -8 }} />
        <YAxis domain={[0, 100]} ticks={SHARE_TICKS} tickFormatter={percent} width={56} interval={0} />
        <Tooltip formatter={tooltipValue((value) => formatPercent(value))} labelFormatter={(value) => percent(Number(value))} contentStyle={direction.textStyle} />
        <Legend content={<ChartLegendContent />} verticalAlign="top" wrapperStyle={direction.textStyle} />
        <Line dataKey="equality" name={props.equalityLabel} stroke="#5b5b63" strokeDasharray="6 4" dot={false} isAnimationActive={false} />
        <Line dataKey="revenue" name={props.curveLabel} stroke={CATEGORICAL[0]} strokeWidth={2} dot={false} isAnimationActive={false} />
      </LineChart>
    </ResponsiveContainer>
  );
}
