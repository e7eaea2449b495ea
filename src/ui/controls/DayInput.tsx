/**
 * A day field in the user's calendar, bounded by the data's first and last day: the browser's
 * date input for Gregorian, a year/month/day text field for Solar Hijri. Used by the date range
 * filter and by the panels' own date choices.
 */
import { t } from '../../i18n/messages';
import { useDraft } from './useDraft';
import { localiseDigits } from '../../i18n/dates';
import { jalaliDateText, parseJalaliDate } from '../../i18n/jalaliInput';
import { dayFromIso, isoDate, type CalendarSystem } from '../../metrics/calendar';

export interface DayInputProps {
  id: string;
  label: string;
  day: number | null;
  /** What the field shows while no day is chosen; null: a blank field. */
  shownDefault: number | null;
  first: number;
  last: number;
  /** The id of a hint elsewhere on the page that describes this field. */
  describedBy?: string;
  onCommit: (day: number | null) => void;
}

/** The shown day as text, blank when there is none. */
function shownText(day: number | null, shownDefault: number | null, write: (day: number) => string): string {
  const shown = day ?? shownDefault;
  return shown === null ? '' : write(shown);
}

/**
 * One date input bounded by the data's first and last day. Chrome reports every intermediate
 * state of a typed year (0002, 0020, 0202…) as a date: those are out of bounds and stay in the
 * field uncommitted, so typing is never interrupted; a blank field means "no bound".
 */
function GregorianDayInput(props: DayInputProps) {
  const [draft, setDraft] = useDraft(props.day, (day) => shownText(day, props.shownDefault, isoDate), dayFromIso);
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
        aria-describedby={props.describedBy}
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

/**
 * The Solar Hijri field: browsers' date pickers are Gregorian only, so a text field that reads
 * year/month/day (1403/05/12, Persian or Arabic-Indic digits too). An unreadable or out-of-range
 * date stays in the field, uncommitted, with a message saying what is expected.
 */
function JalaliDayInput(props: DayInputProps) {
  const [draft, setDraft] = useDraft(props.day, (day) => shownText(day, props.shownDefault, (shown) => localiseDigits(jalaliDateText(shown))), parseJalaliDate);
  const typed = draft.trim() === '' ? null : parseJalaliDate(draft);
  const invalid = draft.trim() !== '' && (typed === null || typed < props.first || typed > props.last);
  const hintId = `${props.id}-hint`;
  const errorId = `${props.id}-error`;
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="text"
        inputMode="numeric"
        dir="ltr"
        className="field__date-text"
        value={draft}
        aria-invalid={invalid}
        aria-describedby={[invalid ? errorId : hintId, props.describedBy].filter(Boolean).join(' ')}
        onChange={(event) => {
          const value = event.target.value;
          setDraft(value);
          if (value.trim() === '') return props.onCommit(null);
          const day = parseJalaliDate(value);
          if (day !== null && day >= props.first && day <= props.last) props.onCommit(day);
        }}
      />
      {invalid ? (
        <span id={errorId} className="field__error" role="alert">
          {t('controls.jalaliDate.invalid', { first: localiseDigits(jalaliDateText(props.first)), last: localiseDigits(jalaliDateText(props.last)) })}
        </span>
      ) : (
        <span id={hintId} className="field__hint">
          {t('controls.jalaliDate.hint', { example: localiseDigits(jalaliDateText(props.shownDefault ?? props.last)) })}
        </span>
      )}
    </div>
  );
}

/** Remount it (key) when the calendar changes: its draft text is in the old calendar. */
export function DayInput(props: DayInputProps & { calendar: CalendarSystem }) {
  const { calendar, ...input } = props;
  return calendar === 'jalali' ? <JalaliDayInput {...input} /> : <GregorianDayInput {...input} />;
}
