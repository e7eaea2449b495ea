import { t } from '../../i18n/messages';
import { useAppStore } from '../../store/store';
import { DayInput } from './DayInput';

/** The date range filter (inclusive), bounded by the loaded orders, in the user's calendar. */
export function DateRangeFields(props: { first: number; last: number }) {
  const fromDay = useAppStore((s) => s.filters.fromDay ?? null);
  const toDay = useAppStore((s) => s.filters.toDay ?? null);
  const calendar = useAppStore((s) => s.settings.calendar);
  const setFilters = useAppStore((s) => s.setFilters);
  const inverted = (fromDay ?? props.first) > (toDay ?? props.last);
  return (
    <fieldset className="control-group">
      <legend>{t('controls.dateRange')}</legend>
      <DayInput key={`from-${calendar}`} calendar={calendar} id="filter-from" label={t('controls.from')} day={fromDay} shownDefault={props.first} first={props.first} last={props.last} onCommit={(day) => setFilters({ fromDay: day })} />
      <DayInput key={`to-${calendar}`} calendar={calendar} id="filter-to" label={t('controls.to')} day={toDay} shownDefault={props.last} first={props.first} last={props.last} onCommit={(day) => setFilters({ toDay: day })} />
      {inverted && (
        <p className="field__error" role="alert">
          {t('controls.rangeInverted')}
        </p>
      )}
    </fieldset>
  );
}
