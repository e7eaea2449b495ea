import { t } from '../../i18n/messages';
import type { FrequencyRecencyMatrix, FrequencyRecencyMatrixEmpty, TimeUnit } from '../../metrics/predictive';
import { HeatmapTable, type HeatmapRow } from '../../ui/HeatmapTable';
import { formatDecimal } from './format';

/** Heat map rows: shade = the cell's expected purchases as a share of the largest cell. */
export function matrixRows(matrix: FrequencyRecencyMatrix): HeatmapRow[] {
  let largest = 0;
  for (const row of matrix.expectedPurchases) for (const value of row) if (value !== null) largest = Math.max(largest, value);
  return matrix.frequencies.map((x, i) => ({
    label: String(x),
    size: matrix.customersByFrequency[i] ?? 0,
    cells: matrix.recencyBuckets.map((bucket, j) => {
      const value = matrix.expectedPurchases[i]?.[j] ?? null;
      if (value === null) return null;
      const alive = matrix.probabilityAlive[i]?.[j] ?? null;
      const title = `x = ${x}, tₓ ≈ ${formatDecimal(bucket.midpoint, 1)}: ${formatDecimal(value, 3)}${alive === null ? '' : `, P(alive) ${formatDecimal(alive, 3)}`}`;
      return { share: largest > 0 ? value / largest : 0, text: formatDecimal(value, value < 10 ? 2 : 1), title };
    }),
  }));
}

/** Expected purchases over the horizon by frequency (rows) and recency (columns). */
export function FrequencyRecencyHeatmap(props: { matrix: FrequencyRecencyMatrix | FrequencyRecencyMatrixEmpty; horizonMonths: number; timeUnit: TimeUnit }) {
  const { matrix } = props;
  const unit = t(props.timeUnit === 'day' ? 'predictive.timeUnit.day' : 'predictive.timeUnit.week').toLowerCase();
  return (
    <>
      <h3 className="chart-title">{t('predictive.matrix.title', { months: props.horizonMonths })}</h3>
      {matrix.status === 'ok' ? (
        <>
          <p className="panel__explain">{t('predictive.matrix.explain', { unit, age: formatDecimal(matrix.age, 1) })}</p>
          <HeatmapTable
            caption={t('predictive.matrix.caption')}
            rowHeader={t('predictive.matrix.frequency')}
            sizeHeader={t('predictive.matrix.customers')}
            columns={matrix.recencyBuckets.map((bucket) => formatDecimal(bucket.midpoint, 1))}
            rows={matrixRows(matrix)}
          />
          {matrix.frequencyCapped && <p className="panel__explain">{t('predictive.matrix.capped')}</p>}
        </>
      ) : (
        <p>{t('predictive.matrix.none')}</p>
      )}
    </>
  );
}
