import { useDraft } from './useDraft';
import { latinDigits } from '../../i18n/localisedNumber';
import { t } from '../../i18n/messages';
import { numberFormatter } from '../../i18n/numbers';
import { parseBoundedNumber } from '../../store/urlState';

/** A number as the page writes it in a field: the locale's digits, no grouping ("۱۸۰", "37.5"). */
export function fieldNumber(value: number): string {
  return numberFormatter({ useGrouping: false, maximumFractionDigits: 6 }).format(value);
}

/** What the user typed, in Latin, Persian or Arabic-Indic digits ("۱۸۰", "٣٧٫٥"), as a number in bounds, or null. */
export function readFieldNumber(text: string, bounds: { min: number; max: number }, integer: boolean): number | null {
  return parseBoundedNumber(latinDigits(text).replace(/\u066b/g, '.').trim(), bounds, integer);
}

/**
 * A labelled number input whose blank means "not set" (or, when `required`, is invalid and keeps
 * the last value). The text being typed is kept locally and committed whenever it reads as a
 * number in bounds, so a half-typed "0." never resets the field.
 * A text input, not type=number: that one refuses Persian and Arabic-Indic digits.
 */
export function NumberField(props: {
  id: string;
  label: string;
  hint?: string;
  value: number | null;
  bounds: { min: number; max: number };
  integer: boolean;
  required?: boolean;
  /** The message under an invalid entry; by default "Enter a number from {min} to {max}." */
  invalidMessage?: string;
  placeholder?: string;
  onCommit: (value: number | null) => void;
}) {
  const { value, bounds, integer, required = false } = props;
  const read = (text: string) => (text.trim() === '' ? null : readFieldNumber(text, bounds, integer));
  const [draft, setDraft] = useDraft(value, (shown) => (shown === null ? '' : fieldNumber(shown)), read);
  const invalid = (required || draft.trim() !== '') && read(draft) === null;
  const hintId = props.hint === undefined ? undefined : `${props.id}-hint`;
  const errorId = `${props.id}-error`;
  const describedBy = [hintId, invalid ? errorId : undefined].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="text"
        inputMode={integer ? 'numeric' : 'decimal'}
        autoComplete="off"
        value={draft}
        placeholder={props.placeholder}
        aria-invalid={invalid}
        aria-describedby={describedBy === '' ? undefined : describedBy}
        onChange={(event) => {
          const text = event.target.value;
          setDraft(text);
          const next = read(text);
          if (next !== null || (text.trim() === '' && !required)) props.onCommit(next);
        }}
      />
      {props.hint !== undefined && (
        <small id={hintId} className="field__hint">
          {props.hint}
        </small>
      )}
      {invalid && (
        <small id={errorId} className="field__error">
          {props.invalidMessage ?? t('controls.numberInvalid', { min: bounds.min, max: bounds.max })}
        </small>
      )}
    </div>
  );
}
