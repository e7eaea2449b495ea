import { useId, useState } from 'react';
import { t } from '../../i18n/messages';
import { dayFromIso, isoDate } from '../../metrics/calendar';
import type { PredictiveChoices } from './usePredictiveChoices';

/** A number input that keeps what the user types and passes on only values inside [min, max]. */
function BoundedNumber(props: { label: string; value: number; min: number; max: number; step: number; integer?: boolean; onValid: (value: number) => void }) {
  const [text, setText] = useState(String(props.value));
  const hintId = useId();
  const accepts = (input: string): boolean => {
    const value = input.trim() === '' ? Number.NaN : Number(input);
    return Number.isFinite(value) && value >= props.min && value <= props.max && (!props.integer || Number.isInteger(value));
  };
  const valid = accepts(text);
  return (
    <span>
      <label>
        {props.label}{' '}
        <input
          type="number"
          inputMode="decimal"
          min={props.min}
          max={props.max}
          step={props.step}
          value={text}
          aria-invalid={!valid}
          aria-describedby={valid ? undefined : hintId}
          onChange={(event) => {
            const next = event.target.value;
            setText(next);
            if (accepts(next)) props.onValid(Number(next));
          }}
        />
      </label>
      {!valid && (
        <span id={hintId} className="field-hint">
          {' '}
          {t('predictive.numberInvalid', { min: props.min, max: props.max })}
        </span>
      )}
    </span>
  );
}

/** Calibration end, holdout, time unit, horizon and discount rate. */
export function PredictiveControls(props: {
  choices: PredictiveChoices;
  update: (patch: Partial<PredictiveChoices>) => void;
  firstDay: number | null;
  lastDay: number | null;
}) {
  const { choices, update, firstDay, lastDay } = props;
  const hintId = useId();
  const canHoldout = choices.calibrationEndDay !== null && lastDay !== null && choices.calibrationEndDay < lastDay;
  return (
    <div className="controls" role="group" aria-label={t('predictive.settings')}>
      <label>
        {t('predictive.calibrationEnd')}{' '}
        <input
          type="date"
          value={choices.calibrationEndDay === null ? '' : isoDate(choices.calibrationEndDay)}
          min={firstDay === null ? undefined : isoDate(firstDay)}
          max={lastDay === null ? undefined : isoDate(lastDay)}
          aria-describedby={hintId}
          onChange={(event) => update({ calibrationEndDay: event.target.value === '' ? null : dayFromIso(event.target.value) })}
        />
      </label>
      <span id={hintId} className="field-hint">
        {t('predictive.calibrationEnd.hint')}
      </span>
      <label>
        <input type="checkbox" checked={choices.holdout && canHoldout} disabled={!canHoldout} onChange={(event) => update({ holdout: event.target.checked })} />{' '}
        {t('predictive.holdout')}
      </label>
      <label>
        {t('predictive.timeUnit')}{' '}
        <select value={choices.timeUnit} onChange={(event) => update({ timeUnit: event.target.value === 'day' ? 'day' : 'week' })}>
          <option value="week">{t('predictive.timeUnit.week')}</option>
          <option value="day">{t('predictive.timeUnit.day')}</option>
        </select>
      </label>
      <BoundedNumber label={t('predictive.horizon')} value={choices.horizonMonths} min={1} max={120} step={1} integer onValid={(horizonMonths) => update({ horizonMonths })} />
      <BoundedNumber
        label={t('predictive.discount')}
        value={choices.monthlyDiscountPercent}
        min={0}
        max={20}
        step={0.1}
        onValid={(monthlyDiscountPercent) => update({ monthlyDiscountPercent })}
      />
    </div>
  );
}
