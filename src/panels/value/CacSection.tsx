import { t } from '../../i18n/messages';
import { formatInteger, formatMoney } from '../../i18n/numbers';
import type { CacRow } from '../../metrics/cac';
import { useMetric } from '../../queries/useMetric';
import { DataTable } from '../../ui/charts/DataTable';
import { formatDecimal } from '../../ui/charts/format';
import { EmptyState, Subsection } from '../../ui/charts/Subsection';
import { cacWarningText, spendSourceText, valueEmptyText } from './valueText';

/** CAC, LTV:CAC and payback per acquisition channel (metric 'cac'). */
export function CacSection({ currency }: { currency: string }) {
  const { data, isPending, error } = useMetric('cac');
  const money = (v: number | null) => (v === null ? t('value.cac.unknown') : formatMoney(v, currency));
  const payback = (row: CacRow) =>
    row.paybackMonths !== null ? t(row.paybackMonths === 1 ? 'value.cac.month' : 'value.cac.months', { months: formatInteger(row.paybackMonths) }) : row.cac === null ? '—' : t('value.cac.notYet');
  return (
    <Subsection title={t('value.cac.title')} isPending={isPending} error={error}>
      {data?.status === 'ok' ? (
        <>
          <p className="panel-note">{spendSourceText(data.spendSource)}</p>
          <p className="panel-note">{data.valueBasis === 'margin' ? t('value.cac.basisMargin') : t('value.cac.basisRevenue')}</p>
          {data.warnings.map((warning) => (
            <p key={warning} className="panel-note panel-note--warn" role="note">
              {cacWarningText(warning, data.attribute)}
            </p>
          ))}
          <DataTable
            caption={t('value.cac.table', { attribute: data.attribute })}
            captionVisible
            rows={data.rows}
            footerRows={[{ ...data.overall, channel: t('value.cac.overall') }]}
            rowKey={(row, i) => `${row.channel}-${i}`}
            columns={[
              { header: t('value.cac.channel'), cell: (row) => row.channel, isRowHeader: true },
              { header: t('value.cac.newCustomers'), cell: (row) => formatInteger(row.newCustomers), numeric: true },
              { header: t('value.cac.spend'), cell: (row) => money(row.spend), numeric: true },
              { header: t('value.cac.cac'), cell: (row) => (row.cac === null ? '—' : money(row.cac)), numeric: true },
              { header: t('value.cac.averageClv'), cell: (row) => (row.averageClv === null ? '—' : money(row.averageClv)), numeric: true },
              { header: t('value.cac.ltvToCac'), cell: (row) => (row.ltvToCac === null ? '—' : t('value.cac.ratio', { ratio: formatDecimal(row.ltvToCac, 2) })), numeric: true },
              { header: t('value.cac.payback'), cell: payback, numeric: true },
            ]}
          />
        </>
      ) : (
        data && <EmptyState message={valueEmptyText(data)} />
      )}
    </Subsection>
  );
}
