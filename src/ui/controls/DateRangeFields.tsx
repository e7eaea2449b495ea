import { useState } from 'react';
import { t } from '../../i18n/messages';
import { dayFromIso, isoDate } from '../../metrics/calendar';
import { useAppStore } from '../../store/store';

/**
 * One date input bounded by the data's first and last day. Chrome reports every intermediate
 * state of a typed year (0002, 0020, 0202…) as a date: those are out of bounds and stay in the
 * field uncommitted, so typing is never interrupted; a blank field means "no bound".
 */
function DayInput(props: { id: string; label: string; day: number | null; shownDefault: number; first: number; last: number; onCommit: (day: number | null) => void }) {
  const text = (day: number | null) => isoDate(day ?? props.shownDefault);
  const [draft, setDraft] = useState(text(props.day));
  const [shown, setShown] = useState(props.day);
  if (props.day !== shown) {
    setShown(props.day);
    if (dayFromIso(draft) !== props.day) setDraft(text(props.day));
  }
  const typed = draft === '' ? null : dayFromIso(draft);
  const invalid = draft !== '' && (typed === null || typed < props.first || typed > props.last);
  return (
    <label className="field" htmlFor={props.id}>
      <span>{props.label}</span>
      <input
        id={props.id}
        type="date"
        min={isoDate(props.first)}
        max={isoDate(props.last)}
        value={draft}
        aria-invalid={invalid}
        onChange={(event) => {
          const value = event.target.value;
          setDraft(value);
          if (value === '') return props.onCommit(null);
          const day = dayFromIso(value);
          if (day !== null && day >= props.first && day <= props.last) props.onCommit(day);
        }}
      />
    </label>
  );
}

/** The date range filter (inclusive), bounded by the loaded orders. */
export function DateRangeFields(props: { first: number; last: number }) {
  const fromDay = useAppStore((s) => s.filters.fromDay ?? null);
  const toDay = useAppStore((s) => s.filters.toDay ?? null);
  const setFilters = useAppStore((s) => s.setFilters);
  const inverted = (fromDay ?? props.first) > (toDay ?? props.last);
  return (
    <fieldset className="control-group">
      <legend>{t('controls.dateRange')}</legend>
      <DayInput id="filter-from" label={t('controls.from')} day={fromDay} shownDefault={props.first} first={props.first} last={props.last} onCommit={(day) => setFilters({ fromDay: day })} />
      <DayInput id="filter-to" label={t('controls.to')} day={toDay} shownDefault={props.last} first={props.first} last={props.last} onCommit={(day) => setFilters({ toDay: day })} />
      {inverted && (
        <p className="field__error" role="alert">
          {t('controls.rangeInverted')}
        </p>
      )}
    </fieldset>
  );
}
