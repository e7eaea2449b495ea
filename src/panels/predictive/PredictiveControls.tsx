import { useId } from 'react';
import { t } from '../../i18n/messages';
import { useAppStore } from '../../store/store';
import { DayInput } from '../../ui/controls/DayInput';
import { NumberField } from '../../ui/controls/NumberField';
import type { PredictiveChoices } from './usePredictiveChoices';

/** A number the model needs: blank or out of range keeps the last valid value, and says so. */
function ModelNumber(props: { label: string; value: number; min: number; max: number; integer?: boolean; onValid: (value: number) => void }) {
  const id = useId();
  const { min, max } = props;
  return (
    <NumberField
      id={id}
      label={props.label}
      value={props.value}
      bounds={{ min, max }}
      integer={props.integer ?? false}
      required
      invalidMessage={t('predictive.numberInvalid', { min, max })}
      onCommit={(value) => {
        if (value !== null) props.onValid(value);
      }}
    />
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
  const calibrationId = useId();
  const calendar = useAppStore((s) => s.settings.calendar);
  const canHoldout = choices.calibrationEndDay !== null && lastDay !== null && choices.calibrationEndDay < lastDay;
  return (
    <div className="controls" role="group" aria-label={t('predictive.settings')}>
      {firstDay !== null && lastDay !== null && (
        <DayInput
          key={calendar}
          calendar={calendar}
          id={calibrationId}
          label={t('predictive.calibrationEnd')}
          day={choices.calibrationEndDay}
          shownDefault={null}
          first={firstDay}
          last={lastDay}
          describedBy={hintId}
          onCommit={(calibrationEndDay) => update({ calibrationEndDay })}
        />
      )}
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
      <ModelNumber label={t('predictive.horizon')} value={choices.horizonMonths} min={1} max={120} integer onValid={(horizonMonths) => update({ horizonMonths })} />
      <ModelNumber
        label={t('predictive.discount')}
        value={choices.monthlyDiscountPercent}
        min={0}
        max={20}
        onValid={(monthlyDiscountPercent) => update({ monthlyDiscountPercent })}
      />
    </div>
  );
}
