import { t } from '../../i18n/messages';
import { formatInteger, formatMoney, formatPercent } from '../../i18n/numbers';
import type { RetentionPeriod } from '../../metrics/churn';
import { BarSeriesChart } from '../../ui/charts/BarSeriesChart';
import { ChartFigure } from '../../ui/charts/ChartFigure';
import { DataTable } from '../../ui/charts/DataTable';
import { LineSeriesChart } from '../../ui/charts/LineSeriesChart';
import { CATEGORICAL } from '../../ui/palette';
import { periodText } from './churnText';

const rate = (value: number | null): string => (value === null ? '—' : formatPercent(value));
const key = (row: RetentionPeriod): string => row.period;
const periodColumn = () => ({ header: t('churn.period'), cell: periodText, isRowHeader: true });

/** CRR and churn rate per period. */
export function RetentionRateChart({ periods }: { periods: readonly RetentionPeriod[] }) {
  const rows = periods.map((p) => ({ period: p.period, crr: p.customerRetentionRate, churn: p.churnRate }));
  return (
    <ChartFigure
      title={t('churn.rates.title')}
      note={t('churn.rates.note')}
      chart={
        <LineSeriesChart
          data={rows}
          xKey="period"
          yDomain={[0, 100]}
          formatValue={(v) => formatPercent(v, 0)}
          series={[
            { key: 'crr', label: t('churn.crr'), color: CATEGORICAL[0]! },
            { key: 'churn', label: t('churn.churnRate'), color: CATEGORICAL[5]!, dashed: true },
          ]}
        />
      }
      table={
        <DataTable
          caption={t('churn.rates.table')}
          rows={periods}
          rowKey={key}
          columns={[
            periodColumn(),
            { header: t('churn.startActive'), cell: (p) => formatInteger(p.startActive), numeric: true },
            { header: t('churn.endActive'), cell: (p) => formatInteger(p.endActive), numeric: true },
            { header: t('churn.newCustomers'), cell: (p) => formatInteger(p.newCustomers), numeric: true },
            { header: t('churn.gained'), cell: (p) => formatInteger(p.gainedCustomers), numeric: true },
            { header: t('churn.lost'), cell: (p) => formatInteger(p.lostCustomers), numeric: true },
            { header: t('churn.crr'), cell: (p) => rate(p.customerRetentionRate), numeric: true },
            { header: t('churn.churnRate'), cell: (p) => rate(p.churnRate), numeric: true },
          ]}
        />
      }
    />
  );
}

/** New vs returning buyers, and their revenue, per period (stacked). */
export function NewVsReturningCharts({ periods, currency }: { periods: readonly RetentionPeriod[]; currency: string }) {
  const money = (v: number) => formatMoney(v, currency);
  const rows = periods.map((p) => ({
    period: p.period,
    newBuyers: p.newBuyers,
    returningBuyers: p.returningBuyers,
    newRevenue: p.newRevenue,
    returningRevenue: p.returningRevenue,
  }));
  return (
    <>
      <ChartFigure
        title={t('churn.buyers.title')}
        chart={
          <BarSeriesChart
            data={rows}
            categoryKey="period"
            stacked
            formatValue={formatInteger}
            series={[
              { key: 'newBuyers', label: t('churn.newBuyers'), color: CATEGORICAL[4]! },
              { key: 'returningBuyers', label: t('churn.returningBuyers'), color: CATEGORICAL[0]! },
            ]}
          />
        }
        table={
          <DataTable
            caption={t('churn.buyers.table')}
            rows={periods}
            rowKey={key}
            columns={[
              periodColumn(),
              { header: t('churn.newBuyers'), cell: (p) => formatInteger(p.newBuyers), numeric: true },
              { header: t('churn.returningBuyers'), cell: (p) => formatInteger(p.returningBuyers), numeric: true },
            ]}
          />
        }
      />
      <ChartFigure
        title={t('churn.revenue.title')}
        note={t('churn.revenue.note')}
        chart={
          <BarSeriesChart
            data={rows}
            categoryKey="period"
            stacked
            formatValue={money}
            series={[
              { key: 'newRevenue', label: t('churn.newRevenue'), color: CATEGORICAL[4]! },
              { key: 'returningRevenue', label: t('churn.returningRevenue'), color: CATEGORICAL[0]! },
            ]}
          />
        }
        table={
          <DataTable
            caption={t('churn.revenue.table')}
            rows={periods}
            rowKey={key}
            columns={[
              periodColumn(),
              { header: t('churn.newRevenue'), cell: (p) => money(p.newRevenue), numeric: true },
              { header: t('churn.returningRevenue'), cell: (p) => money(p.returningRevenue), numeric: true },
              { header: t('churn.guestRevenue'), cell: (p) => money(p.guestRevenue), numeric: true },
            ]}
          />
        }
      />
    </>
  );
}

const LIFECYCLE_KEYS = ['new', 'returning', 'reactivated', 'dormant', 'lost'] as const;
const LIFECYCLE_LABELS = {
  new: 'churn.lifecycle.new',
  returning: 'churn.lifecycle.returning',
  reactivated: 'churn.lifecycle.reactivated',
  dormant: 'churn.lifecycle.dormant',
  lost: 'churn.lifecycle.lost',
} as const;
const LIFECYCLE_COLORS = [CATEGORICAL[4]!, CATEGORICAL[0]!, CATEGORICAL[2]!, CATEGORICAL[1]!, CATEGORICAL[5]!];

/**
 * New, returning, reactivated and dormant customers per period, stacked (they are disjoint), and
 * lost beside them (lost can overlap returning).
 */
export function LifecycleByPeriodChart({ periods }: { periods: readonly RetentionPeriod[] }) {
  const rows = periods.map((p) => ({ period: p.period, ...p.lifecycle }));
  return (
    <ChartFigure
      title={t('churn.lifecycle.title')}
      note={t('churn.lifecycle.note')}
      chart={
        <BarSeriesChart
          data={rows}
          categoryKey="period"
          formatValue={formatInteger}
          series={LIFECYCLE_KEYS.map((name, i) => ({ key: name, label: t(LIFECYCLE_LABELS[name]), color: LIFECYCLE_COLORS[i]!, stack: name === 'lost' ? 'lost' : 'customers' }))}
        />
      }
      table={
        <DataTable
          caption={t('churn.lifecycle.table')}
          rows={periods}
          rowKey={key}
          columns={[periodColumn(), ...LIFECYCLE_KEYS.map((name) => ({ header: t(LIFECYCLE_LABELS[name]), cell: (p: RetentionPeriod) => formatInteger(p.lifecycle[name]), numeric: true }))]}
        />
      }
    />
  );
}
