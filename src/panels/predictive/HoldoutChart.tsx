import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartLegendContent } from '../../ui/charts/ChartLegend';
import { useChartDirection } from '../../ui/charts/direction';
import { t } from '../../i18n/messages';
import { formatInteger } from '../../i18n/numbers';
import type { HoldoutCheck, HoldoutCheckEmpty } from '../../metrics/predictive';
import { CATEGORICAL } from '../../ui/palette';
import { formatDecimal } from './format';
import { ChartBox } from '../../ui/charts/ChartBox';
import { useCategoryInterval, VALUE_LINES_ONLY } from '../../ui/charts/ticks';

const show = (value: number | null): string => (value === null ? '' : formatDecimal(value, 2));

/** Calibration/holdout check: mean purchases after the calibration end, expected vs actual, by calibration frequency. */
export function HoldoutChart({ check }: { check: HoldoutCheck | HoldoutCheckEmpty }) {
  const title = t('predictive.holdout.title');
  if (check.status !== 'ok') {
    return (
      <>
        <h3 className="chart-title">{title}</h3>
        <p>{t('predictive.holdout.empty')}</p>
      </>
    );
  }
  const expected = t('predictive.holdout.expected');
  const actual = t('predictive.holdout.actual');
  return (
    <>
      <h3 className="chart-title">{title}</h3>
      <ChartBox label={title}>
        <HoldoutBars check={check} expected={expected} actual={actual} />
      </ChartBox>
      <table className="figure-table">
        <caption className="visually-hidden">{t('predictive.holdout.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('predictive.holdout.frequency')}</th>
            <th scope="col">{t('predictive.holdout.customers')}</th>
            <th scope="col">{expected}</th>
            <th scope="col">{actual}</th>
          </tr>
        </thead>
        <tbody>
          {check.rows.map((row) => (
            <tr key={row.frequency}>
              <th scope="row">{row.frequency}</th>
              <td>{formatInteger(row.customers)}</td>
              <td>{show(row.expectedMean)}</td>
              <td>{show(row.actualMean)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{t('predictive.holdout.totals', { expected: formatInteger(check.expectedTotal), actual: formatInteger(check.actualTotal) })}</p>
    </>
  );
}

/** The bars, drawn inside their ChartBox (its size spaces the frequency ticks). */
function HoldoutBars({ check, expected, actual }: { check: HoldoutCheck; expected: string; actual: string }) {
  const direction = useChartDirection();
  // The value axis (60 px) and the margins (16 px) take that much of the width.
  const interval = useCategoryInterval(check.rows.map((row) => row.frequency), direction.categoryText, 76);
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={check.rows} margin={{ top: 8, right: 16, bottom: 24, left: 0 }}>
        <CartesianGrid {...VALUE_LINES_ONLY} />
        <XAxis dataKey="frequency" reversed={direction.rtl} tickFormatter={direction.categoryText} interval={interval} label={{ value: t('predictive.holdout.frequency'), position: 'insideBottom', offset: -16 }} />
        <YAxis tickFormatter={(value: number) => formatDecimal(value, 2)} {...direction.sideAxis} />
        <Tooltip formatter={(value) => formatDecimal(Number(value), 2)} labelFormatter={direction.categoryText} contentStyle={direction.textStyle} />
        <Legend content={<ChartLegendContent />} verticalAlign="top" wrapperStyle={direction.textStyle} />
        <Bar dataKey="expectedMean" name={expected} fill={CATEGORICAL[0]} isAnimationActive={false} />
        <Bar dataKey="actualMean" name={actual} fill={CATEGORICAL[1]} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
