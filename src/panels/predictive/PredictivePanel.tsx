import { t, type MessageKey } from '../../i18n/messages';
import type { PredictiveFailureReason, PredictiveReport, PredictiveReportFailure } from '../../metrics/predictive';
import { useMetric } from '../../queries/useMetric';
import { useAppStore } from '../../store/store';
import { PanelFrame } from '../../ui/PanelFrame';
import { AliveHistogram } from './AliveHistogram';
import { AtRiskTable } from './AtRiskTable';
import { ClvByCohort } from './ClvByCohort';
import { FrequencyRecencyHeatmap } from './FrequencyRecencyHeatmap';
import { HoldoutChart } from './HoldoutChart';
import { ModelSummary } from './ModelSummary';
import { PredictiveControls } from './PredictiveControls';
import { usePredictiveChoices, type PredictiveChoices } from './usePredictiveChoices';
import { WhatIfSlider } from './WhatIfSlider';

const FAILURE_MESSAGES: Record<PredictiveFailureReason, MessageKey> = {
  'no-customers': 'predictive.failed.no-customers',
  'too-few-customers': 'predictive.failed.too-few-customers',
  'no-repeat-buyers': 'predictive.failed.no-repeat-buyers',
  'did-not-converge': 'predictive.failed.did-not-converge',
  'invalid-options': 'predictive.failed.invalid-options',
};

/** Says plainly why there is no model, and shows no numbers from it. */
function FitFailure({ failure }: { failure: PredictiveReportFailure }) {
  return (
    <div className="panel__failure">
      <h3 className="chart-title">{t('predictive.failed.title')}</h3>
      <p>{t(FAILURE_MESSAGES[failure.reason], { minimum: failure.minimumCustomers, customers: failure.customers, option: failure.detail ?? '' })}</p>
    </div>
  );
}

function Results(props: { report: PredictiveReport; choices: PredictiveChoices; update: (patch: Partial<PredictiveChoices>) => void }) {
  const { report, choices } = props;
  const currency = useAppStore((s) => s.settings.currency);
  const calendar = useAppStore((s) => s.settings.calendar);
  const horizonMonths = report.clv.status === 'ok' ? report.clv.horizonMonths : choices.horizonMonths;
  return (
    <>
      <ModelSummary report={report} calendar={calendar} />
      <AliveHistogram bins={report.pAliveHistogram} />
      <FrequencyRecencyHeatmap matrix={report.frequencyRecencyMatrix} horizonMonths={horizonMonths} timeUnit={report.timeUnit} />
      {report.holdout !== null && <HoldoutChart check={report.holdout} />}
      {report.clv.status === 'ok' ? (
        <>
          <ClvByCohort clv={report.clv} currency={currency} />
          {report.whatIf.status === 'ok' && (
            <WhatIfSlider value={choices.dropoutReductionPercent} onChange={(dropoutReductionPercent) => props.update({ dropoutReductionPercent })} whatIf={report.whatIf} currency={currency} />
          )}
          {report.atRisk.status === 'ok' && <AtRiskTable atRisk={report.atRisk} currency={currency} />}
        </>
      ) : (
        <p>{t(report.clv.reason === 'spend-model-failed' ? 'predictive.spendFailed.spend-model-failed' : 'predictive.spendFailed.other')}</p>
      )}
    </>
  );
}

/** Predictive CLV: BG/NBD + Gamma-Gamma fitted in the engine (worker), rendered from the report JSON. */
export function PredictivePanel() {
  const orders = useAppStore((s) => s.engine.orders);
  const toDay = useAppStore((s) => s.filters.toDay ?? null);
  const lastDay = orders?.lastDay ?? null;
  const holdoutLastDay = lastDay === null ? null : Math.min(lastDay, toDay ?? lastDay);
  const { choices, update, options } = usePredictiveChoices(holdoutLastDay);
  const { data, isPending, isFetching, error } = useMetric('predictive', options);
  const loaded = orders !== null;
  return (
    <PanelFrame id="predictive" title={t('predictive.title')} explain={t('predictive.explain')} error={error}>
      <PredictiveControls choices={choices} update={update} firstDay={orders?.firstDay ?? null} lastDay={lastDay} />
      {!loaded ? (
        <p>{t('predictive.noData')}</p>
      ) : (
        <>
          {(isPending || isFetching) && (
            <p className="panel__loading" role="status">
              {t('predictive.fitting')}
            </p>
          )}
          {data?.status === 'failed' && <FitFailure failure={data} />}
          {data?.status === 'no-data' && <p>{t('predictive.noData')}</p>}
          {data?.status === 'ok' && <Results report={data} choices={choices} update={update} />}
        </>
      )}
    </PanelFrame>
  );
}
