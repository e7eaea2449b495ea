import { t } from '../../i18n/messages';
import { formatPercent } from '../../i18n/numbers';
import type { CesSummary, CsatSummary, KindEmpty } from '../../metrics/surveys';
import { formatDecimal } from '../../ui/charts/format';
import { StatCard } from '../../ui/charts/StatCard';
import { EmptyState, Subsection } from '../../ui/charts/Subsection';
import { CATEGORICAL } from '../../ui/palette';
import { ScoreDistribution, ScoreTrend } from './ScoreSections';
import { intervalText } from './surveyText';

/** CSAT: share of 4–5 answers on 1–5 with its Wilson interval, trend and distribution. */
export function CsatSection({ csat }: { csat: CsatSummary | KindEmpty }) {
  const percent = (value: number) => formatPercent(value);
  return (
    <Subsection title={t('surveys.csat.title')}>
      {csat.status === 'ok' ? (
        <>
          <div className="kpis">
            <StatCard label={t('surveys.csat.score')} value={csat.csat} format={percent} detail={intervalText(csat.low, csat.high, csat.n, t('surveys.method.wilson'), percent)} />
          </div>
          <ScoreTrend title={t('surveys.csat.trend')} valueLabel={t('surveys.csat.score')} trend={csat.trend} formatValue={percent} yDomain={[0, 100]} color={CATEGORICAL[2]!} />
          <ScoreDistribution title={t('surveys.csat.distribution')} distribution={csat.distribution} />
        </>
      ) : (
        <EmptyState message={t('surveys.csat.empty')} />
      )}
    </Subsection>
  );
}

/** CES: mean effort score on 1–7 with its t interval, trend and distribution. */
export function CesSection({ ces }: { ces: CesSummary | KindEmpty }) {
  const decimal = (value: number) => formatDecimal(value, 2);
  return (
    <Subsection title={t('surveys.ces.title')}>
      {ces.status === 'ok' ? (
        <>
          <div className="kpis">
            <StatCard label={t('surveys.ces.score')} value={ces.mean} format={decimal} detail={intervalText(ces.low, ces.high, ces.n, t('surveys.method.t'), decimal)} />
          </div>
          <ScoreTrend title={t('surveys.ces.trend')} valueLabel={t('surveys.ces.score')} trend={ces.trend} formatValue={decimal} yDomain={[1, 7]} color={CATEGORICAL[3]!} />
          <ScoreDistribution title={t('surveys.ces.distribution')} distribution={ces.distribution} />
        </>
      ) : (
        <EmptyState message={t('surveys.ces.empty')} />
      )}
    </Subsection>
  );
}
