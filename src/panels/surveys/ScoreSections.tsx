import { t } from '../../i18n/messages';
import { localiseDigits } from '../../i18n/dates';
import { formatInteger } from '../../i18n/numbers';
import type { ScoreCount, TrendPoint } from '../../metrics/surveys';
import { BarSeriesChart } from '../../ui/charts/BarSeriesChart';
import { ChartFigure } from '../../ui/charts/ChartFigure';
import { DataTable } from '../../ui/charts/DataTable';
import { IntervalTrendChart } from '../../ui/charts/IntervalTrendChart';
import { CATEGORICAL } from '../../ui/palette';

/** Bars of the count of every score on the scale; a row may carry its own colour (NPS groups). */
export function ScoreDistribution(props: { title: string; distribution: readonly ScoreCount[]; colorOf?: (score: number) => string; note?: string }) {
  return (
    <ChartFigure
      title={props.title}
      note={props.note}
      chart={
        <BarSeriesChart
          data={props.distribution.map((entry) => ({ score: String(entry.score), count: entry.count, fill: props.colorOf?.(entry.score) ?? CATEGORICAL[0]! }))}
          categoryKey="score"
          formatValue={formatInteger}
          showLegend={false}
          series={[{ key: 'count', label: t('surveys.responses'), color: CATEGORICAL[0]! }]}
        />
      }
      table={
        <DataTable
          caption={props.title}
          rows={props.distribution}
          rowKey={(entry) => String(entry.score)}
          columns={[
            { header: t('surveys.score'), cell: (entry) => formatInteger(entry.score), isRowHeader: true },
            { header: t('surveys.responses'), cell: (entry) => formatInteger(entry.count), numeric: true },
          ]}
        />
      }
    />
  );
}

/** A score's trend by period with its 95% interval band, and the same as a table. */
export function ScoreTrend(props: { title: string; valueLabel: string; trend: readonly TrendPoint[]; formatValue: (value: number) => string; yDomain: [number, number]; reference?: number; color: string }) {
  const optional = (value: number | null) => (value === null ? '—' : props.formatValue(value));
  return (
    <ChartFigure
      title={props.title}
      note={t('surveys.trendNote')}
      chart={
        <IntervalTrendChart
          data={props.trend}
          valueLabel={props.valueLabel}
          intervalLabel={t('surveys.intervalBand')}
          color={props.color}
          formatValue={props.formatValue}
          yDomain={props.yDomain}
          {...(props.reference !== undefined ? { reference: props.reference } : {})}
        />
      }
      table={
        <DataTable
          caption={props.title}
          rows={props.trend}
          rowKey={(point) => point.label}
          columns={[
            { header: t('surveys.period'), cell: (point) => localiseDigits(point.label), isRowHeader: true },
            { header: t('surveys.responses'), cell: (point) => formatInteger(point.n), numeric: true },
            { header: props.valueLabel, cell: (point) => optional(point.value), numeric: true },
            { header: t('surveys.low'), cell: (point) => optional(point.low), numeric: true },
            { header: t('surveys.high'), cell: (point) => optional(point.high), numeric: true },
          ]}
        />
      }
    />
  );
}
