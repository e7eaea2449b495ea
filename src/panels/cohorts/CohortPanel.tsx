import { useCallback, useMemo, useState } from 'react';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { t } from '../../i18n/messages';
import { formatInteger, formatMoney, formatPercent } from '../../i18n/numbers';
import { useMetric } from '../../queries/useMetric';
import { useAppStore } from '../../store/store';
import { HeatmapTable, type HeatmapRow } from '../../ui/HeatmapTable';
import { PanelFrame } from '../../ui/PanelFrame';
import { CATEGORICAL } from '../../ui/palette';
import { useCohortClickThrough } from '../../ui/controls/clickThrough';
import type { CohortRow, CohortTable } from '../../metrics/cohorts';
import { formatPeriodLabel } from '../../i18n/dates';
import { useChartDirection } from '../../ui/charts/direction';
import { ChartBox } from '../../ui/charts/ChartBox';
import { useCategoryInterval, VALUE_LINES_ONLY } from '../../ui/charts/ticks';

export type CohortMode = 'percent' | 'count' | 'revenue';

/** What the cells of one heat-map row share: their row, its texts and the display mode. */
interface CohortRowTexts {
  row: CohortRow;
  active: readonly number[];
  retention: readonly number[];
  rowText: string;
  sizeText: string;
  mode: CohortMode;
  money: (v: number) => string;
  offsetText: (k: number) => string;
}

/**
 * One cell; its text and title are formatted when first read. A weekly heat map has about 17,000
 * cells and draws only the thousand or so in its scroll box (HeatmapTable), so formatting every
 * cell up front was most of the time of a switch to weeks.
 */
class CohortCell {
  private shown: string | undefined;
  private described: string | undefined;
  constructor(
    private readonly texts: CohortRowTexts,
    private readonly k: number,
  ) {}

  /** The shade: the share of the cohort, or of its first-period revenue. */
  get share(): number {
    const { row, retention, mode } = this.texts;
    if (mode !== 'revenue') return (retention[this.k] ?? 0) / 100;
    const revenueShare = row.revenueRetention[this.k];
    return revenueShare === null || revenueShare === undefined ? 0 : Math.min(1, revenueShare / 100);
  }

  get text(): string {
    const { row, active, retention, mode, money } = this.texts;
    const k = this.k;
    this.shown ??= mode === 'revenue' ? money(row.revenue[k] ?? 0) : mode === 'percent' ? formatPercent(retention[k] ?? 0, 0) : formatInteger(active[k]!);
    return this.shown;
  }

  get title(): string {
    const { active, retention, rowText, sizeText, offsetText } = this.texts;
    const k = this.k;
    this.described ??= `${rowText} ${offsetText(k)}: ${formatInteger(active[k]!)} / ${sizeText} (${formatPercent(retention[k] ?? 0)})`;
    return this.described;
  }
}

/** Heat map rows for a display mode: the shading is always the share of the cohort (or of its first-period revenue). */
export function heatmapRows(
  rows: readonly CohortRow[],
  mode: CohortMode,
  unbounded: boolean,
  money: (v: number) => string,
  cohortText: (label: string) => string = (label) => label,
): HeatmapRow[] {
  // Per-offset and per-row texts once, not once per cell.
  const offsetTexts: string[] = [];
  const offsetText = (k: number) => (offsetTexts[k] ??= t('cohorts.offset', { k }));
  return rows.map((row) => {
    const active = unbounded ? row.activeUnbounded : row.active;
    const texts: CohortRowTexts = { row, active, retention: unbounded ? row.retentionUnbounded : row.retention, rowText: cohortText(row.cohort), sizeText: formatInteger(row.size), mode, money, offsetText };
    return { label: row.cohort, size: row.size, cells: active.map((_, k) => new CohortCell(texts, k)) };
  });
}

/**
 * The longest text of any cell of heatmapRows(rows, mode, unbounded, money), without formatting
 * every cell: a cell's text grows with its value's magnitude (whole percents, counts, whole
 * money), so the longest is the text of the largest or the smallest value.
 */
export function longestCellText(rows: readonly CohortRow[], mode: CohortMode, unbounded: boolean, money: (v: number) => string): string {
  let largest = Number.NEGATIVE_INFINITY;
  let smallest = Number.POSITIVE_INFINITY;
  for (const row of rows) {
    const values = mode === 'revenue' ? row.revenue : mode === 'count' ? (unbounded ? row.activeUnbounded : row.active) : unbounded ? row.retentionUnbounded : row.retention;
    const cells = (unbounded ? row.activeUnbounded : row.active).length;
    for (let k = 0; k < cells; k++) {
      const value = values[k] ?? 0;
      if (value > largest) largest = value;
      if (value < smallest) smallest = value;
    }
  }
  if (largest === Number.NEGATIVE_INFINITY) return '';
  const text = (value: number) => (mode === 'revenue' ? money(value) : mode === 'percent' ? formatPercent(value, 0) : formatInteger(value));
  const [a, b] = [text(largest), text(smallest)];
  return b.length > a.length ? b : a;
}

export function CohortPanel() {
  const { data, isPending, error } = useMetric('cohorts', {});
  const currency = useAppStore((s) => s.settings.currency);
  const calendar = useAppStore((s) => s.settings.calendar);
  const [mode, setMode] = useState<CohortMode>('percent');
  const [unbounded, setUnbounded] = useState(false);
  const showCohort = useCohortClickThrough();
  // Language and digits: every text below is formatted in the active locale.
  const textLocale = useAppStore((s) => `${s.locale}|${s.digits}`);
  // Memoised on what they show: a settings change first re-renders with the previous result
  // (keepPreviousData), and redrawing an unchanged heat map and curve is most of a change's main-thread time.
  const formatRowLabel = useCallback((label: string) => formatPeriodLabel(label, calendar), [calendar]);
  const rows = useMemo(
    () => (data?.status === 'ok' ? heatmapRows(data.rows, mode, unbounded, (v) => formatMoney(v, currency), formatRowLabel) : []),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [data, mode, unbounded, currency, formatRowLabel, textLocale],
  );
  const widestCell = useMemo(
    () => (data?.status === 'ok' ? longestCellText(data.rows, mode, unbounded, (v) => formatMoney(v, currency)) : ''),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [data, mode, unbounded, currency, textLocale],
  );
  const columns = useMemo(
    () => (data?.status === 'ok' ? data.offsets.map((k) => t('cohorts.offset', { k })) : []),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [data, textLocale],
  );
  const curve = useMemo(
    () =>
      data?.status === 'ok' ? (
        <ChartBox label={t('cohorts.curve')}>
          <RetentionCurve points={data.weightedAverage} unbounded={unbounded} />
        </ChartBox>
      ) : null,
    // The title follows the language (textLocale); the curve reads the direction and calendar itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [data, unbounded, textLocale],
  );
  return (
    <PanelFrame id="cohorts" title={t('cohorts.title')} explain={t('cohorts.explain')} isPending={isPending} error={error}>
      {data?.status === 'ok' ? (
        <>
          <div className="controls" role="group" aria-label={t('cohorts.view')}>
            <label>
              {t('cohorts.show')}{' '}
              <select value={mode} onChange={(e) => setMode(e.target.value as CohortMode)}>
                <option value="percent">{t('cohorts.mode.percent')}</option>
                <option value="count">{t('cohorts.mode.count')}</option>
                <option value="revenue">{t('cohorts.mode.revenue')}</option>
              </select>
            </label>
            <label>
              <input type="checkbox" checked={unbounded} onChange={(e) => setUnbounded(e.target.checked)} /> {t('cohorts.unbounded')}
            </label>
          </div>
          <HeatmapTable
            caption={t('cohorts.tableCaption')}
            rowHeader={t('cohorts.cohort')}
            sizeHeader={t('cohorts.size')}
            columns={columns}
            rows={rows}
            onRowClick={showCohort}
            formatRowLabel={formatRowLabel}
            longestCellText={widestCell}
          />
          <h3 className="chart-title">{t('cohorts.curve')}</h3>
          {curve}
        </>
      ) : (
        <p>{t('cohorts.empty')}</p>
      )}
    </PanelFrame>
  );
}

/** The average retention curve, drawn inside its ChartBox (its size spaces the offset ticks: a weekly curve has about 180). */
function RetentionCurve({ points, unbounded }: { points: CohortTable['weightedAverage']; unbounded: boolean }) {
  const direction = useChartDirection();
  // The value axis (60 px) and the margins (16 px) take that much of the width.
  const interval = useCategoryInterval(points.map((point) => point.offset), direction.categoryText, 76);
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={points} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
        <CartesianGrid {...VALUE_LINES_ONLY} />
        <XAxis dataKey="offset" reversed={direction.rtl} tickFormatter={direction.categoryText} interval={interval} />
        <YAxis domain={[0, 100]} tickFormatter={(value: number) => formatPercent(value, 0)} {...direction.sideAxis} />
        <Tooltip formatter={(value) => formatPercent(Number(value))} labelFormatter={direction.categoryText} contentStyle={direction.textStyle} />
        {/* Straight segments for a weekly curve: Recharts measures the path's length on every redraw, and a long monotone curve costs ~7 ms. */}
        <Line type={points.length > 60 ? 'linear' : 'monotone'} dataKey={unbounded ? 'retentionUnbounded' : 'retention'} stroke={CATEGORICAL[0]} strokeWidth={2} dot={false} isAnimationActive={false} />
      </LineChart>
    </ResponsiveContainer>
  );
}
