import { t } from '../../i18n/messages';
import { formatInteger, formatPercent } from '../../i18n/numbers';
import { npsGroupOf, type NpsGroup, type NpsSummary } from '../../metrics/surveys';
import { formatSigned } from '../../ui/charts/format';
import { NpsGauge } from '../../ui/charts/NpsGauge';
import { StatCard } from '../../ui/charts/StatCard';
import { CATEGORICAL } from '../../ui/palette';
import { ScoreDistribution, ScoreTrend } from './ScoreSections';
import { intervalText } from './surveyText';

const GROUP_COLORS: Record<NpsGroup, string> = { promoter: CATEGORICAL[2]!, passive: CATEGORICAL[4]!, detractor: CATEGORICAL[5]! };

/** NPS: the gauge with its interval, promoters / passives / detractors, trend and the 0–10 distribution. */
export function NpsSection({ nps }: { nps: NpsSummary }) {
  const signed = (value: number) => formatSigned(value);
  const interval = intervalText(nps.low, nps.high, nps.n, t('surveys.method.wald'), signed);
  return (
    <>
      <div className="survey-headline">
        <NpsGauge
          score={nps.nps}
          low={nps.low}
          high={nps.high}
          label={t('surveys.nps.gauge', { nps: signed(nps.nps), low: signed(nps.low), high: signed(nps.high), n: formatInteger(nps.n) })}
          valueText={signed(nps.nps)}
          scaleTexts={{ min: formatSigned(-100, 0), max: formatSigned(100, 0) }}
        />
        <div className="kpis">
          <StatCard label={t('surveys.nps.score')} value={nps.nps} format={signed} detail={interval} />
          <StatCard label={t('surveys.nps.promoters')} value={nps.promoterPercent} format={(v) => formatPercent(v)} detail={t('surveys.count', { count: formatInteger(nps.promoters) })} />
          <StatCard label={t('surveys.nps.passives')} value={nps.passives} format={formatInteger} detail={t('surveys.ofResponses', { n: formatInteger(nps.n) })} />
          <StatCard label={t('surveys.nps.detractors')} value={nps.detractorPercent} format={(v) => formatPercent(v)} detail={t('surveys.count', { count: formatInteger(nps.detractors) })} />
        </div>
      </div>
      <p className="panel-note">{t('surveys.nps.waldNote')}</p>
      <ScoreTrend title={t('surveys.nps.trend')} valueLabel={t('surveys.nps.score')} trend={nps.trend} formatValue={signed} yDomain={[-100, 100]} reference={0} color={CATEGORICAL[0]!} />
      <ScoreDistribution title={t('surveys.nps.distribution')} distribution={nps.distribution} colorOf={(score) => GROUP_COLORS[npsGroupOf(score)]} note={t('surveys.nps.groupsNote')} />
    </>
  );
}
