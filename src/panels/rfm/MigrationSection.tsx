import { useId, useState } from 'react';
import { t } from '../../i18n/messages';
import { formatInteger } from '../../i18n/numbers';
import type { RfmMigration } from '../../metrics/rfm';
import { useMetric } from '../../queries/useMetric';
import { useAppStore } from '../../store/store';
import { formatDay } from '../../ui/charts/format';
import { DayInput } from '../../ui/controls/DayInput';
import { MatrixTable, type MatrixRow } from '../../ui/charts/MatrixTable';
import { EmptyState, Subsection } from '../../ui/charts/Subsection';
import { migrationFromName, rfmEmptyText, segmentName } from './rfmText';

/** Days looked back by default: a quarter. */
export const DEFAULT_MIGRATION_DAYS = 90;

function matrixRows(migration: RfmMigration): MatrixRow[] {
  const largest = Math.max(1, ...migration.counts.flat());
  return migration.fromLabels.map((from, i) => ({
    label: migrationFromName(from),
    cells: migration.toLabels.map((to, k) => {
      const count = migration.counts[i]?.[k] ?? 0;
      return {
        share: count / largest,
        text: formatInteger(count),
        title: t('rfm.migration.cell', { count: formatInteger(count), from: migrationFromName(from), to: segmentName(to) }),
      };
    }),
  }));
}

/**
 * Where customers moved between two days (metric 'rfmMigration'). Defaults: from 90 days before
 * the last day to the last day, where the last day is the data's (or the date filter's end when earlier).
 */
export function MigrationSection(props: { firstDay: number; lastDay: number }) {
  const calendar = useAppStore((s) => s.settings.calendar);
  const filterEnd = useAppStore((s) => s.filters.toDay ?? null);
  const defaultTo = filterEnd === null ? props.lastDay : Math.min(props.lastDay, filterEnd);
  const [chosen, setChosen] = useState<{ fromDay: number | null; toDay: number | null }>({ fromDay: null, toDay: null });
  const toDay = chosen.toDay ?? defaultTo;
  const fromDay = chosen.fromDay ?? toDay - DEFAULT_MIGRATION_DAYS;
  const { data, isPending, error } = useMetric('rfmMigration', { fromDay, toDay });
  const fromId = useId();
  const toId = useId();
  // The default "from" (90 days back) may precede the first order: it must stay a valid choice.
  const earliest = Math.min(props.firstDay, fromDay);
  const choose = (which: 'fromDay' | 'toDay') => (day: number | null) => setChosen((current) => ({ ...current, [which]: day }));
  return (
    <Subsection title={t('rfm.migration.title')} isPending={isPending} error={error}>
      <div className="controls">
        <DayInput key={`from-${calendar}`} calendar={calendar} id={fromId} label={t('rfm.migration.from')} day={chosen.fromDay} shownDefault={fromDay} first={earliest} last={props.lastDay} onCommit={choose('fromDay')} />
        <DayInput key={`to-${calendar}`} calendar={calendar} id={toId} label={t('rfm.migration.to')} day={chosen.toDay} shownDefault={toDay} first={earliest} last={props.lastDay} onCommit={choose('toDay')} />
      </div>
      {data?.status === 'ok' ? (
        <>
          <p className="panel-note">
            {t('rfm.migration.summary', {
              from: formatDay(data.fromDay, calendar),
              to: formatDay(data.toDay, calendar),
              unchanged: formatInteger(data.unchanged),
              customers: formatInteger(data.customers),
            })}
          </p>
          <MatrixTable caption={t('rfm.migration.table')} corner={t('rfm.migration.corner')} columns={data.toLabels.map(segmentName)} rows={matrixRows(data)} />
        </>
      ) : (
        data && <EmptyState message={rfmEmptyText(data)} />
      )}
    </Subsection>
  );
}
