import { t } from '../../i18n/messages';
import { formatInteger, formatPercent } from '../../i18n/numbers';
import { useMetric } from '../../queries/useMetric';
import { useAppStore } from '../../store/store';
import { BarSeriesChart } from '../../ui/charts/BarSeriesChart';
import { ChartFigure } from '../../ui/charts/ChartFigure';
import { DataTable } from '../../ui/charts/DataTable';
import { Definition } from '../../ui/charts/Definition';
import { formatDay, formatDays } from '../../ui/charts/format';
import { StatCard } from '../../ui/charts/StatCard';
import { EmptyState } from '../../ui/charts/Subsection';
import { CATEGORICAL } from '../../ui/palette';
import { PanelFrame } from '../../ui/PanelFrame';
import { leadStatusText, lifecycleEmptyText, stepName } from './lifecycleText';
import { StagesSection } from './StagesSection';

/** The lifecycle funnel (lead → first → second purchase → loyal) with step conversions, and customers per stage. */
export function LifecyclePanel() {
  const { data, isPending, error } = useMetric('funnel');
  const calendar = useAppStore((s) => s.settings.calendar);
  return (
    <PanelFrame id="lifecycle" title={t('lifecycle.title')} explain={t('lifecycle.explain')} isPending={isPending} error={error}>
      <Definition
        paragraphs={[t('lifecycle.definition.stages'), t('lifecycle.definition.precedence'), t('lifecycle.definition.leads'), t('lifecycle.definition.funnel')]}
        section={t('lifecycle.definition.section')}
      />
      {data?.status === 'ok' ? (
        <>
          <p className="panel-note">{t('lifecycle.asOf', { day: formatDay(data.asOfDay, calendar), duration: formatDays(data.churnWindow.days) })}</p>
          {leadStatusText(data.leadStatus) && <p className="panel-note">{leadStatusText(data.leadStatus)}</p>}
          <ChartFigure
            title={t('lifecycle.funnel.title')}
            chart={
              <BarSeriesChart
                data={data.steps.map((step) => ({ step: stepName(step.step), customers: step.customers }))}
                categoryKey="step"
                layout="vertical"
                formatValue={formatInteger}
                series={[{ key: 'customers', label: t('lifecycle.customers'), color: CATEGORICAL[0]! }]}
              />
            }
            tableAlwaysShown
            table={
              <DataTable
                caption={t('lifecycle.funnel.table')}
                captionVisible
                rows={data.steps}
                rowKey={(step) => step.step}
                columns={[
                  { header: t('lifecycle.funnel.step'), cell: (step) => stepName(step.step), isRowHeader: true },
                  { header: t('lifecycle.customers'), cell: (step) => formatInteger(step.customers), numeric: true },
                  { header: t('lifecycle.funnel.conversion'), cell: (step) => (step.conversion === null ? '—' : formatPercent(step.conversion)), numeric: true },
                ]}
              />
            }
          />
          <div className="kpis">
            <StatCard label={t('lifecycle.stage.at-risk')} value={data.atRisk} format={formatInteger} />
            <StatCard label={t('lifecycle.stage.lapsed')} value={data.lapsed} format={formatInteger} />
            <StatCard label={t('lifecycle.stage.reactivated')} value={data.reactivated} format={formatInteger} />
          </div>
        </>
      ) : (
        data && <EmptyState message={lifecycleEmptyText(data)} />
      )}
      <StagesSection />
    </PanelFrame>
  );
}
