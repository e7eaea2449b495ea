import { t } from '../../i18n/messages';
import { formatInteger, formatPercent } from '../../i18n/numbers';
import { useMetric } from '../../queries/useMetric';
import { BarSeriesChart } from '../../ui/charts/BarSeriesChart';
import { ChartFigure } from '../../ui/charts/ChartFigure';
import { DataTable } from '../../ui/charts/DataTable';
import { EmptyState, Subsection } from '../../ui/charts/Subsection';
import { CATEGORICAL } from '../../ui/palette';
import { lifecycleEmptyText, stageName } from './lifecycleText';
import { useStageFilter } from './useStageFilter';

/**
 * Customers per stage (metric 'stages'); each buyer stage is a button that filters the page to
 * its customers. Leads have no orders, so filtering to them would empty every figure: they are
 * listed, not clickable.
 */
export function StagesSection() {
  const { data, isPending, error } = useMetric('stages');
  const { state, filterTo } = useStageFilter();
  return (
    <Subsection title={t('lifecycle.stages.title')} isPending={isPending} error={error}>
      {data?.status === 'ok' ? (
        <>
          <p className="panel-note">{t('lifecycle.stages.hint')}</p>
          <ChartFigure
            title={t('lifecycle.stages.chart')}
            chart={
              <BarSeriesChart
                data={data.stages.map((entry) => ({ stage: stageName(entry.stage), customers: entry.customers }))}
                categoryKey="stage"
                layout="vertical"
                formatValue={formatInteger}
                series={[{ key: 'customers', label: t('lifecycle.customers'), color: CATEGORICAL[0]! }]}
              />
            }
            tableAlwaysShown
            table={
              <DataTable
                caption={t('lifecycle.stages.table')}
                captionVisible
                rows={data.stages}
                rowKey={(entry) => entry.stage}
                columns={[
                  {
                    header: t('lifecycle.stage'),
                    isRowHeader: true,
                    cell: (entry) =>
                      entry.stage === 'lead' || entry.customers === 0 ? (
                        stageName(entry.stage)
                      ) : (
                        <button
                          type="button"
                          className="link-button"
                          disabled={state.status === 'loading'}
                          aria-label={t('lifecycle.filterTo', { stage: stageName(entry.stage), customers: formatInteger(entry.customers) })}
                          onClick={() => void filterTo(entry.stage)}
                        >
                          {stageName(entry.stage)}
                        </button>
                      ),
                  },
                  { header: t('lifecycle.customers'), cell: (entry) => formatInteger(entry.customers), numeric: true },
                  { header: t('lifecycle.share'), cell: (entry) => formatPercent(entry.share), numeric: true },
                ]}
              />
            }
          />
          <p role="status" className="live-status">
            {state.status === 'loading' ? t('lifecycle.filtering', { stage: stageName(state.stage) }) : ''}
          </p>
          {state.status === 'failed' && (
            <p role="alert" className="panel__error">
              {t('panels.filterFailed', { message: state.message })}
            </p>
          )}
        </>
      ) : (
        data && <EmptyState message={lifecycleEmptyText(data)} />
      )}
    </Subsection>
  );
}
