import { useState } from 'react';
import { t } from '../../i18n/messages';
import { parseBoundedNumber } from '../../store/urlState';

/**
 * A labelled number input whose blank means "not set". The text being typed is kept locally and
 * committed whenever it reads as a number in bounds, so a half-typed "0." never resets the field.
 */
export function NumberField(props: {
  id: string;
  label: string;
  hint: string;
  value: number | null;
  bounds: { min: number; max: number };
  integer: boolean;
  placeholder?: string;
  onCommit: (value: number | null) => void;
}) {
  const { value, bounds, integer } = props;
  const [draft, setDraft] = useState(value === null ? '' : String(value));
  const [shown, setShown] = useState(value);
  const read = (text: string) => (text.trim() === '' ? null : parseBoundedNumber(text, bounds, integer));
  // The store changed from elsewhere (URL, clear): show its value unless the draft already says it.
  if (!Object.is(value, shown)) {
    setShown(value);
    if (read(draft) !== value) setDraft(value === null ? '' : String(value));
  }
  const invalid = draft.trim() !== '' && read(draft) === null;
  const hintId = `${props.id}-hint`;
  const errorId = `${props.id}-error`;
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="number"
        inputMode={integer ? 'numeric' : 'decimal'}
        min={bounds.min}
        max={bounds.max}
        step={integer ? 1 : 'any'}
        value={draft}
        placeholder={props.placeholder}
        aria-invalid={invalid}
        aria-describedby={invalid ? `${hintId} ${errorId}` : hintId}
        onChange={(event) => {
          const text = event.target.value;
          setDraft(text);
          const next = read(text);
          if (text.trim() === '' || next !== null) props.onCommit(next);
        }}
      />
      <small id={hintId} className="field__hint">
        {props.hint}
      </small>
      {invalid && (
        <small id={errorId} className="field__error">
          {t('controls.numberInvalid', { min: bounds.min, max: bounds.max })}
        </small>
      )}
    </div>
  );
}
