import { t } from '../../i18n/messages';
import { localiseDigits } from '../../i18n/dates';
import { formatInteger, formatMoney } from '../../i18n/numbers';
import { useMetric } from '../../queries/useMetric';
import { BarSeriesChart } from '../../ui/charts/BarSeriesChart';
import { ChartFigure } from '../../ui/charts/ChartFigure';
import { DataTable } from '../../ui/charts/DataTable';
import { formatDecimal, formatShare } from '../../ui/charts/format';
import { StatCard } from '../../ui/charts/StatCard';
import { EmptyState, Subsection } from '../../ui/charts/Subsection';
import { CATEGORICAL } from '../../ui/palette';
import { valueEmptyText } from './valueText';

/** Average order value by order number (metric 'aovByOrderNumber'). */
export function AovSection({ currency }: { currency: string }) {
  const { data, isPending, error } = useMetric('aovByOrderNumber');
  const money = (v: number) => formatMoney(v, currency);
  const optionalMoney = (v: number | null) => (v === null ? '—' : money(v));
  return (
    <Subsection title={t('value.aov.title')} isPending={isPending} error={error}>
      {data?.status === 'ok' ? (
        <>
          <div className="kpis">
            <StatCard label={t('value.aov.overall')} value={data.overallMean} format={money} detail={t('value.aov.orders', { orders: formatInteger(data.orders) })} />
          </div>
          <ChartFigure
            title={t('value.aov.chart')}
            note={t('value.aov.note', { max: formatInteger(data.maxOrderNumber) })}
            chart={
              <BarSeriesChart
                data={data.buckets.map((bucket) => ({ label: bucket.label, meanAmount: bucket.meanAmount }))}
                categoryKey="label"
                formatValue={money}
                series={[{ key: 'meanAmount', label: t('value.aov.mean'), color: CATEGORICAL[0]! }]}
              />
            }
            table={
              <DataTable
                caption={t('value.aov.table')}
                rows={data.buckets}
                rowKey={(bucket) => bucket.label}
                columns={[
                  { header: t('value.aov.orderNumber'), cell: (bucket) => localiseDigits(bucket.label), isRowHeader: true },
                  { header: t('value.aov.ordersHeader'), cell: (bucket) => formatInteger(bucket.orders), numeric: true },
                  { header: t('value.aov.mean'), cell: (bucket) => optionalMoney(bucket.meanAmount), numeric: true },
                  { header: t('value.aov.median'), cell: (bucket) => optionalMoney(bucket.medianAmount), numeric: true },
                  { header: t('value.aov.relative'), cell: (bucket) => (bucket.relativeToFirst === null ? '—' : formatShare(bucket.relativeToFirst, 0)), numeric: true },
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

/** How many orders customers place: the 1…5+ distribution and the rate per customer-year (metric 'purchaseFrequency'). */
export function FrequencySection() {
  const { data, isPending, error } = useMetric('purchaseFrequency');
  return (
    <Subsection title={t('value.frequency.title')} isPending={isPending} error={error}>
      {data?.status === 'ok' ? (
        <>
          <div className="kpis">
            <StatCard label={t('value.frequency.mean')} value={data.meanOrdersPerCustomer} format={(v) => formatDecimal(v, 2)} detail={t('value.frequency.counts', { orders: formatInteger(data.orders), customers: formatInteger(data.customers) })} />
            <StatCard label={t('value.frequency.perYear')} value={data.ordersPerCustomerYear} format={(v) => formatDecimal(v, 2)} detail={t('value.frequency.customerYears', { years: formatDecimal(data.customerYears) })} />
          </div>
          <ChartFigure
            title={t('value.frequency.chart')}
            chart={
              <BarSeriesChart
                data={data.distribution.map((bucket) => ({ label: bucket.label, customers: bucket.customers }))}
                categoryKey="label"
                formatValue={formatInteger}
                series={[{ key: 'customers', label: t('value.frequency.customers'), color: CATEGORICAL[2]! }]}
              />
            }
            table={
              <DataTable
                caption={t('value.frequency.table')}
                rows={data.distribution}
                rowKey={(bucket) => bucket.label}
                columns={[
                  { header: t('value.frequency.orders'), cell: (bucket) => localiseDigits(bucket.label), isRowHeader: true },
                  { header: t('value.frequency.customers'), cell: (bucket) => formatInteger(bucket.customers), numeric: true },
                  { header: t('value.frequency.share'), cell: (bucket) => formatShare(bucket.share), numeric: true },
                ]}
              />
            }
          />
          {data.byTenureYear.length > 0 ? (
            <DataTable
              caption={t('value.frequency.tenureTable')}
              captionVisible
              rows={data.byTenureYear}
              rowKey={(year) => String(year.tenureYear)}
              columns={[
                { header: t('value.frequency.tenureYear'), cell: (year) => formatInteger(year.tenureYear), isRowHeader: true },
                { header: t('value.frequency.customers'), cell: (year) => formatInteger(year.customers), numeric: true },
                { header: t('value.frequency.ordersHeader'), cell: (year) => formatInteger(year.orders), numeric: true },
                { header: t('value.frequency.perCustomer'), cell: (year) => formatDecimal(year.ordersPerCustomer, 2), numeric: true },
              ]}
            />
          ) : (
            <p className="panel-note">{t('value.frequency.noFullYear')}</p>
          )}
        </>
      ) : (
        data && <EmptyState message={valueEmptyText(data)} />
      )}
    </Subsection>
  );
}

