import { t } from '../../i18n/messages';
import { formatInteger } from '../../i18n/numbers';
import { useMetric } from '../../queries/useMetric';
import { useAppStore } from '../../store/store';
import { Definition } from '../../ui/charts/Definition';
import { formatDay } from '../../ui/charts/format';
import { EmptyState } from '../../ui/charts/Subsection';
import { PanelFrame } from '../../ui/PanelFrame';
import { MigrationSection } from './MigrationSection';
import { rfmEmptyText, segmentName } from './rfmText';
import { SegmentGridLegend, SegmentTable, SegmentTiles } from './SegmentViews';
import { useSegmentFilter } from './useSegmentFilter';

/** RFM segments: tiles to filter by, the segment table and the migration between two days. */
export function RfmPanel() {
  const { data, isPending, error } = useMetric('rfm');
  const currency = useAppStore((s) => s.settings.currency);
  const calendar = useAppStore((s) => s.settings.calendar);
  const firstDay = useAppStore((s) => s.engine.orders?.firstDay ?? null);
  const lastDay = useAppStore((s) => s.engine.orders?.lastDay ?? null);
  const { state, filterTo } = useSegmentFilter();
  return (
    <PanelFrame id="rfm" title={t('rfm.title')} explain={t('rfm.explain')} isPending={isPending} error={error}>
      <Definition paragraphs={[t('rfm.definition.rfm'), t('rfm.definition.scores'), t('rfm.definition.segments'), t('rfm.definition.migration')]} section={t('rfm.definition.section')}>
        <SegmentGridLegend />
      </Definition>
      {data?.status === 'ok' ? (
        <>
          <p className="panel-note">{t('rfm.asOf', { day: formatDay(data.asOfDay, calendar), customers: formatInteger(data.customers) })}</p>
          <p className="panel-note">{t('rfm.tilesHint')}</p>
          <SegmentTiles segments={data.segments} busy={state.status === 'loading'} onChoose={(segment) => void filterTo(segment)} />
          <p role="status" className="live-status">
            {state.status === 'loading' ? t('rfm.filtering', { segment: segmentName(state.segment) }) : ''}
          </p>
          {state.status === 'failed' && (
            <p role="alert" className="panel__error">
              {t('panels.filterFailed', { message: state.message })}
            </p>
          )}
          <SegmentTable segments={data.segments} currency={currency} />
        </>
      ) : (
        data && <EmptyState message={rfmEmptyText(data)} />
      )}
      {firstDay !== null && lastDay !== null ? <MigrationSection firstDay={firstDay} lastDay={lastDay} /> : <EmptyState message={t('panels.empty.noOrders')} />}
    </PanelFrame>
  );
}
