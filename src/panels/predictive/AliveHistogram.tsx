import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useChartDirection } from '../../ui/charts/direction';
import { t } from '../../i18n/messages';
import { formatInteger } from '../../i18n/numbers';
import type { AliveHistogramBin } from '../../metrics/predictive';
import { CATEGORICAL } from '../../ui/palette';
import { formatDecimal } from './format';
import { ChartBox } from '../../ui/charts/ChartBox';
import { useCategoryInterval, VALUE_LINES_ONLY } from '../../ui/charts/ticks';

const binLabel = (bin: AliveHistogramBin): string => `${formatDecimal(bin.from, 1)}–${formatDecimal(bin.to, 1)}`;

/** Distribution of P(alive): a bar chart and the same counts in a table. */
export function AliveHistogram({ bins }: { bins: readonly AliveHistogramBin[] }) {
  const data = bins.map((bin) => ({ label: binLabel(bin), customers: bin.customers }));
  const title = t('predictive.alive.title');
  return (
    <>
      <h3 className="chart-title">{title}</h3>
      <p className="panel__explain">{t('predictive.alive.explain')}</p>
      <ChartBox label={title}>
        <AliveBars data={data} />
      </ChartBox>
      <table className="figure-table">
        <caption className="visually-hidden">{t('predictive.alive.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('predictive.alive.bin')}</th>
            <th scope="col">{t('predictive.alive.customers')}</th>
          </tr>
        </thead>
        <tbody>
          {data.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              <td>{formatInteger(row.customers)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** The bars, drawn inside their ChartBox (its size spaces the bin ticks). */
function AliveBars({ data }: { data: readonly { label: string; customers: number }[] }) {
  const direction = useChartDirection();
  const interval = useCategoryInterval(data.map((row) => row.label), direction.categoryText, 76);
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} margin={{ top: 8, right: 16, bottom: 24, left: 0 }}>
        <CartesianGrid {...VALUE_LINES_ONLY} />
        <XAxis dataKey="label" reversed={direction.rtl} tickFormatter={direction.categoryText} interval={interval} label={{ value: t('predictive.alive.bin'), position: 'insideBottom', offset: -16 }} />
        <YAxis allowDecimals={false} tickFormatter={(value: number) => formatInteger(value)} {...direction.sideAxis} />
        <Tooltip formatter={(value) => formatInteger(Number(value))} labelFormatter={direction.categoryText} contentStyle={direction.textStyle} />
        <Bar dataKey="customers" name={t('predictive.alive.customers')} fill={CATEGORICAL[0]} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
