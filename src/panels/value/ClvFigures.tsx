import { t } from '../../i18n/messages';
import { formatInteger, formatMoney } from '../../i18n/numbers';
import type { HistoricalClv } from '../../metrics/value';
import { BarSeriesChart } from '../../ui/charts/BarSeriesChart';
import { ChartFigure } from '../../ui/charts/ChartFigure';
import { DataTable } from '../../ui/charts/DataTable';
import { StatCard } from '../../ui/charts/StatCard';
import { CATEGORICAL } from '../../ui/palette';
import { marginBasisText } from './valueText';
import { figuresText } from '../../i18n/dates';

/** Historical CLV: the headline figures, margin when known, and the averages per group. */
export function ClvFigures({ clv, currency }: { clv: HistoricalClv; currency: string }) {
  const money = (v: number) => formatMoney(v, currency);
  const margin = clv.margin;
  const coverage =
    margin && margin.coverage === 'partial' ? t('value.margin.partial', { covered: formatInteger(margin.customers), customers: formatInteger(clv.customers) }) : null;
  const groupTitle = clv.grouping?.kind === 'attribute' ? t('value.clv.groupsByAttribute', { attribute: clv.grouping.attribute }) : t('value.clv.groupsByCohort');
  return (
    <>
      <div className="kpis">
        <StatCard label={t('value.clv.customers')} value={clv.customers} format={formatInteger} />
        <StatCard label={t('value.clv.mean')} value={clv.revenue.mean} format={money} detail={t('value.clv.total', { revenue: money(clv.revenue.total) })} />
        <StatCard label={t('value.clv.median')} value={clv.revenue.median} format={money} />
        {margin && <StatCard label={t('value.clv.meanMargin')} value={margin.mean} format={money} detail={coverage} />}
        {margin && <StatCard label={t('value.clv.medianMargin')} value={margin.median} format={money} detail={coverage} />}
      </div>
      <p className="panel-note">{marginBasisText(clv.marginBasis)}</p>
      {clv.rowsWithUnknownMargin > 0 && <p className="panel-note">{t('value.margin.unknownRows', { rows: formatInteger(clv.rowsWithUnknownMargin) })}</p>}
      {clv.customersWithoutPurchase > 0 && <p className="panel-note">{t('value.clv.withoutPurchase', { customers: formatInteger(clv.customersWithoutPurchase) })}</p>}
      {clv.groups.length > 0 && (
        <ChartFigure
          title={groupTitle}
          note={t('value.clv.tenureNote')}
          chart={
            <BarSeriesChart
              data={clv.groups.map((group) => ({ key: group.key, meanRevenue: group.meanRevenue, medianRevenue: group.medianRevenue }))}
              categoryKey="key"
              formatValue={money}
              series={[
                { key: 'meanRevenue', label: t('value.clv.mean'), color: CATEGORICAL[0]! },
                { key: 'medianRevenue', label: t('value.clv.median'), color: CATEGORICAL[1]! },
              ]}
            />
          }
          table={
            <DataTable
              caption={groupTitle}
              rows={clv.groups}
              rowKey={(group) => group.key}
              columns={[
                { header: t('value.clv.group'), cell: (group) => figuresText(group.key), isRowHeader: true },
                { header: t('value.clv.customers'), cell: (group) => formatInteger(group.customers), numeric: true },
                { header: t('value.clv.revenue'), cell: (group) => money(group.revenue), numeric: true },
                { header: t('value.clv.mean'), cell: (group) => money(group.meanRevenue), numeric: true },
                { header: t('value.clv.median'), cell: (group) => money(group.medianRevenue), numeric: true },
                ...(margin ? [{ header: t('value.clv.meanMargin'), cell: (group: HistoricalClv['groups'][number]) => (group.meanMargin === null ? '—' : money(group.meanMargin)), numeric: true }] : []),
              ]}
            />
          }
        />
      )}
    </>
  );
}
