import { useId } from 'react';
import { t } from '../../i18n/messages';
import { formatMoney, formatPercent } from '../../i18n/numbers';
import type { ReportWhatIf } from '../../metrics/predictive';

/** "Lower dropout by k %": the slider and the predicted value before and after. */
export function WhatIfSlider(props: { value: number; onChange: (value: number) => void; whatIf: ReportWhatIf; currency: string }) {
  const sliderId = useId();
  const outputId = useId();
  const { whatIf } = props;
  const money = (value: number): string => formatMoney(value, props.currency);
  const sign = whatIf.difference > 0 ? '+' : '';
  return (
    <>
      <h3 className="chart-title">{t('predictive.whatIf.title')}</h3>
      <div className="controls">
        <label htmlFor={sliderId}>{t('predictive.whatIf.slider')}</label>
        <input
          id={sliderId}
          type="range"
          min={0}
          max={50}
          step={1}
          value={props.value}
          aria-describedby={outputId}
          aria-valuetext={formatPercent(props.value, 0)}
          onChange={(event) => props.onChange(Number(event.target.value))}
        />
        <output id={outputId} htmlFor={sliderId}>
          {formatPercent(props.value, 0)}
        </output>
      </div>
      <p aria-live="polite">
        {t('predictive.whatIf.result', {
          before: money(whatIf.before),
          after: money(whatIf.after),
          difference: `${sign}${money(whatIf.difference)}`,
          percent: whatIf.differencePercent === null ? '' : `${sign}${formatPercent(whatIf.differencePercent)}`,
        })}
      </p>
      <p>{t('predictive.whatIf.dropout', { before: formatPercent(whatIf.dropoutMeanBefore * 100), after: formatPercent(whatIf.dropoutMeanAfter * 100) })}</p>
    </>
  );
}
