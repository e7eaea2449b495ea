import { t } from '../../i18n/messages';
import { formatInteger, formatMoney } from '../../i18n/numbers';
import { useMetric } from '../../queries/useMetric';
import { useAppStore } from '../../store/store';
import { BarSeriesChart } from '../../ui/charts/BarSeriesChart';
import { ChartFigure } from '../../ui/charts/ChartFigure';
import { DataTable } from '../../ui/charts/DataTable';
import { formatDay, formatDays, formatShare } from '../../ui/charts/format';
import { EmptyState, Subsection } from '../../ui/charts/Subsection';
import { CATEGORICAL } from '../../ui/palette';
import { npsGroupName } from './surveyText';

/** Retention and value of promoters, passives and detractors where answers link to customers (metric 'surveyValue'). */
export function SurveyValueSection() {
  const { data, isPending, error } = useMetric('surveyValue');
  const currency = useAppStore((s) => s.settings.currency);
  const calendar = useAppStore((s) => s.settings.calendar);
  const share = (value: number | null) => (value === null ? '—' : formatShare(value));
  const emptyText = (): string => {
    if (!data || data.status === 'ok') return '';
    if (data.status === 'no-data') return t('surveys.value.noData');
    if (data.reason === 'no-responses') return t('surveys.value.noResponses');
    return t('surveys.value.noMatch', { withId: formatInteger(data.responses.withCustomerId), responses: formatInteger(data.responses.npsResponses) });
  };
  return (
    <Subsection title={t('surveys.value.title')} isPending={isPending} error={error}>
      {data?.status === 'ok' ? (
        <>
          <p className="panel-note">
            {t('surveys.value.matched', { matched: formatInteger(data.responses.matched), responses: formatInteger(data.responses.npsResponses), customers: formatInteger(data.customersMatched) })}
          </p>
          <p className="panel-note">
            {data.churnWindowDays === null
              ? t('surveys.value.noWindow')
              : t('surveys.value.window', { duration: formatDays(data.churnWindowDays), day: formatDay(data.asOfDay, calendar) })}
          </p>
          <ChartFigure
            title={t('surveys.value.chart')}
            note={t('surveys.value.caveat')}
            chart={
              <BarSeriesChart
                data={data.groups.map((group) => ({
                  group: npsGroupName(group.group),
                  repeat: group.repeatPurchaseRate === null ? null : group.repeatPurchaseRate * 100,
                  retention: group.retention === null ? null : group.retention * 100,
                }))}
                categoryKey="group"
                formatValue={(value) => formatShare(value / 100, 0)}
                series={[
                  { key: 'repeat', label: t('surveys.value.repeat'), color: CATEGORICAL[0]! },
                  { key: 'retention', label: t('surveys.value.retention'), color: CATEGORICAL[2]! },
                ]}
              />
            }
            table={
              <DataTable
                caption={t('surveys.value.table')}
                rows={data.groups}
                rowKey={(group) => group.group}
                columns={[
                  { header: t('surveys.value.group'), cell: (group) => npsGroupName(group.group), isRowHeader: true },
                  { header: t('surveys.value.customers'), cell: (group) => formatInteger(group.customers), numeric: true },
                  { header: t('surveys.value.repeat'), cell: (group) => share(group.repeatPurchaseRate), numeric: true },
                  { header: t('surveys.value.retention'), cell: (group) => share(group.retention), numeric: true },
                  { header: t('surveys.value.revenue'), cell: (group) => (group.averageRevenue === null ? '—' : formatMoney(group.averageRevenue, currency)), numeric: true },
                ]}
              />
            }
          />
        </>
      ) : (
        data && <EmptyState message={emptyText()} />
      )}
    </Subsection>
  );
}
