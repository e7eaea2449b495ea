import { t } from '../../i18n/messages';
import { localiseDigits } from '../../i18n/dates';
import { formatInteger, formatPercent } from '../../i18n/numbers';
import { useMetric } from '../../queries/useMetric';
import { BarSeriesChart } from '../../ui/charts/BarSeriesChart';
import { ChartFigure } from '../../ui/charts/ChartFigure';
import { DataTable } from '../../ui/charts/DataTable';
import { formatDays } from '../../ui/charts/format';
import { LineSeriesChart } from '../../ui/charts/LineSeriesChart';
import { StatCard } from '../../ui/charts/StatCard';
import { EmptyState, Subsection } from '../../ui/charts/Subsection';
import { CATEGORICAL } from '../../ui/palette';
import { churnEmptyText, gapBinLabel } from './churnText';

/** Repeat-purchase rate over the selection and by period (metric 'repeatRate'). */
export function RepeatRateSection() {
  const { data, isPending, error } = useMetric('repeatRate');
  return (
    <Subsection title={t('churn.repeat.title')} isPending={isPending} error={error}>
      {data?.status === 'ok' ? (
        <>
          <div className="kpis">
            <StatCard
              label={t('churn.repeat.rate')}
              value={data.rate}
              format={(v) => formatPercent(v)}
              detail={t('churn.repeat.detail', { repeat: formatInteger(data.repeatCustomers), customers: formatInteger(data.customers) })}
            />
          </div>
          <ChartFigure
            title={t('churn.repeat.trend')}
            note={t('churn.repeat.trendNote')}
            chart={
              <LineSeriesChart
                data={data.byPeriod.map((p) => ({ period: p.period, rate: p.rate }))}
                xKey="period"
                yDomain={[0, 100]}
                formatValue={(v) => formatPercent(v, 0)}
                series={[{ key: 'rate', label: t('churn.repeat.rate'), color: CATEGORICAL[2]! }]}
              />
            }
            table={
              <DataTable
                caption={t('churn.repeat.table')}
                rows={data.byPeriod}
                rowKey={(p) => p.period}
                columns={[
                  { header: t('churn.period'), cell: (p) => localiseDigits(p.period), isRowHeader: true },
                  { header: t('churn.repeat.buyers'), cell: (p) => formatInteger(p.buyers), numeric: true },
                  { header: t('churn.repeat.repeatBuyers'), cell: (p) => formatInteger(p.repeatBuyers), numeric: true },
                  { header: t('churn.repeat.rate'), cell: (p) => (p.rate === null ? '—' : formatPercent(p.rate)), numeric: true },
                ]}
              />
            }
          />
        </>
      ) : (
        data && <EmptyState message={churnEmptyText(data)} />
      )}
    </Subsection>
  );
}

/** Days between a customer's consecutive purchase days: median, 90th percentile, histogram (metric 'timeBetweenOrders'). */
export function TimeBetweenOrdersSection() {
  const { data, isPending, error } = useMetric('timeBetweenOrders');
  return (
    <Subsection title={t('churn.gaps.title')} isPending={isPending} error={error}>
      {data?.status === 'ok' ? (
        <>
          <div className="kpis">
            <StatCard label={t('churn.gaps.median')} value={data.medianDays} format={formatDays} />
            <StatCard label={t('churn.gaps.p90')} value={data.percentile90Days} format={formatDays} />
            <StatCard label={t('churn.gaps.mean')} value={data.meanDays} format={formatDays} />
            <StatCard
              label={t('churn.gaps.count')}
              value={data.gaps}
              format={formatInteger}
              detail={t('churn.gaps.customers', { customers: formatInteger(data.customers) })}
            />
          </div>
          <ChartFigure
            title={t('churn.gaps.histogram')}
            chart={
              <BarSeriesChart
                data={data.bins.map((bin) => ({ bin: gapBinLabel(bin), count: bin.count }))}
                categoryKey="bin"
                formatValue={formatInteger}
                series={[{ key: 'count', label: t('churn.gaps.countOfGaps'), color: CATEGORICAL[0]! }]}
              />
            }
            table={
              <DataTable
                caption={t('churn.gaps.table')}
                rows={data.bins}
                rowKey={(bin) => String(bin.fromDays)}
                columns={[
                  { header: t('churn.gaps.gap'), cell: gapBinLabel, isRowHeader: true },
                  { header: t('churn.gaps.countOfGaps'), cell: (bin) => formatInteger(bin.count), numeric: true },
                  { header: t('churn.gaps.share'), cell: (bin) => formatPercent(bin.share), numeric: true },
                ]}
              />
            }
          />
        </>
      ) : (
        data && <EmptyState message={churnEmptyText(data)} />
      )}
    </Subsection>
  );
}
