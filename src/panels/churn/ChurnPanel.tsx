import { useMemo } from 'react';
import { t } from '../../i18n/messages';
import { useMetric } from '../../queries/useMetric';
import { useAppStore } from '../../store/store';
import { Definition } from '../../ui/charts/Definition';
import { EmptyState } from '../../ui/charts/Subsection';
import { PanelFrame } from '../../ui/PanelFrame';
import { churnEmptyText, churnWindowText } from './churnText';
import { LifecycleByPeriodChart, NewVsReturningCharts, RetentionRateChart } from './RetentionCharts';
import { RepeatRateSection, TimeBetweenOrdersSection } from './RepeatSections';

/**
 * Churn and retention trends: CRR and churn per period, new vs returning customers and revenue,
 * lifecycle counts (metric 'retention'), the churn window in force, repeat-purchase rate and time
 * between orders. The window comes with the retention result: it is the one those figures used
 * (the same as metric 'churnWindow' when no window is set).
 */
export function ChurnPanel() {
  const { data, isPending, error } = useMetric('retention');
  const currency = useAppStore((s) => s.settings.currency);
  // Memoised elements: a setting change, or this panel's result arriving, must not redraw the
  // sections that ask for their own figures, nor the charts while their data is unchanged.
  const retentionCharts = useMemo(
    () =>
      data?.status === 'ok' ? (
        <>
          <p className="panel-note" role="note">
            {churnWindowText(data.churnWindow)}
          </p>
          <RetentionRateChart periods={data.periods} />
          <NewVsReturningCharts periods={data.periods} currency={currency} />
          <LifecycleByPeriodChart periods={data.periods} />
        </>
      ) : (
        data && <EmptyState message={churnEmptyText(data)} />
      ),
    [data, currency],
  );
  const repeatSections = useMemo(
    () => (
      <>
        <RepeatRateSection />
        <TimeBetweenOrdersSection />
      </>
    ),
    [],
  );
  return (
    <PanelFrame id="churn" title={t('churn.title')} explain={t('churn.explain')} isPending={isPending} error={error}>
      <Definition
        paragraphs={[t('churn.definition.active'), t('churn.definition.window'), t('churn.definition.rates'), t('churn.definition.lifecycle'), t('churn.definition.repeat'), t('churn.definition.gaps')]}
        section={t('churn.definition.section')}
      />
      {retentionCharts}
      {repeatSections}
    </PanelFrame>
  );
}
