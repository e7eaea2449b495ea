import { t } from '../../i18n/messages';
import { formatInteger, formatMoney } from '../../i18n/numbers';
import { useMetric } from '../../queries/useMetric';
import { ChartFigure } from '../../ui/charts/ChartFigure';
import { DataTable } from '../../ui/charts/DataTable';
import { formatDecimal, formatShare } from '../../ui/charts/format';
import { LorenzChart } from '../../ui/charts/LorenzChart';
import { StatCard } from '../../ui/charts/StatCard';
import { EmptyState, Subsection } from '../../ui/charts/Subsection';
import { valueEmptyText } from './valueText';

/** Pareto share of the top customers, Gini coefficient and the Lorenz curve (metric 'concentration'). */
export function ConcentrationSection({ currency }: { currency: string }) {
  const { data, isPending, error } = useMetric('concentration');
  const money = (v: number) => formatMoney(v, currency);
  return (
    <Subsection title={t('value.concentration.title')} isPending={isPending} error={error}>
      {data?.status === 'ok' ? (
        <>
          <div className="kpis">
            <StatCard
              label={t('value.concentration.topShare', { share: formatShare(data.topShare, 0) })}
              value={data.topRevenueShare}
              format={(v) => formatShare(v)}
              detail={t('value.concentration.topDetail', { customers: formatInteger(data.topCustomers), revenue: money(data.topRevenue) })}
            />
            <StatCard label={t('value.concentration.gini')} value={data.gini} format={(v) => formatDecimal(v, 2)} detail={t('value.concentration.giniDetail')} />
          </div>
          {data.customersWithNonPositiveRevenue > 0 && (
            <p className="panel-note">
              {t('value.concentration.negative', { customers: formatInteger(data.customersWithNonPositiveRevenue), amount: money(data.negativeRevenue) })}
            </p>
          )}
          <ChartFigure
            title={t('value.concentration.lorenz')}
            note={t('value.concentration.lorenzNote')}
            chart={
              <LorenzChart
                points={data.lorenz}
                curveLabel={t('value.concentration.curve')}
                equalityLabel={t('value.concentration.equality')}
                customerAxisLabel={t('value.concentration.customerShare')}
              />
            }
            table={
              <DataTable
                caption={t('value.concentration.table')}
                rows={data.lorenz.filter((_, i) => i % 10 === 0)}
                rowKey={(point) => String(point.customerShare)}
                columns={[
                  { header: t('value.concentration.customerShare'), cell: (point) => formatShare(point.customerShare, 0), isRowHeader: true },
                  { header: t('value.concentration.revenueShare'), cell: (point) => formatShare(point.revenueShare), numeric: true },
                ]}
              />
            }
          />
        </>
      ) : (
        data && <EmptyState message={valueEmptyText(data)} />
      )}
    </Subsection>
  );
}
