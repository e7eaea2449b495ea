import { t } from '../../i18n/messages';
import { formatInteger } from '../../i18n/numbers';
import { useMetric } from '../../queries/useMetric';
import { Definition } from '../../ui/charts/Definition';
import { EmptyState, Subsection } from '../../ui/charts/Subsection';
import { PanelFrame } from '../../ui/PanelFrame';
import { NpsSection } from './NpsSection';
import { CesSection, CsatSection } from './ScaleSections';
import { SurveyValueSection } from './SurveyValueSection';

/** NPS, CSAT and CES with their 95% intervals and trends, and how promoters and detractors behave. */
export function SurveysPanel() {
  const { data, isPending, error } = useMetric('surveys');
  return (
    <PanelFrame id="surveys" title={t('surveys.title')} explain={t('surveys.explain')} isPending={isPending} error={error}>
      <Definition
        paragraphs={[t('surveys.definition.nps'), t('surveys.definition.csat'), t('surveys.definition.ces'), t('surveys.definition.filters'), t('surveys.definition.value')]}
        section={t('surveys.definition.section')}
      />
      {data?.status === 'no-data' && <EmptyState message={t('surveys.noFile')} hint={t('surveys.noFileColumns')} />}
      {data?.status === 'empty' && <EmptyState message={t('surveys.empty')} />}
      {data?.status === 'ok' && (
        <>
          <p className="panel-note">{t('surveys.responsesKept', { responses: formatInteger(data.responses) })}</p>
          {data.excludedByCustomerFilter > 0 && <p className="panel-note">{t('surveys.excludedByFilter', { count: formatInteger(data.excludedByCustomerFilter) })}</p>}
          {data.invalidScores.nps + data.invalidScores.csat + data.invalidScores.ces > 0 && (
            <p className="panel-note">
              {t('surveys.invalid', { nps: formatInteger(data.invalidScores.nps), csat: formatInteger(data.invalidScores.csat), ces: formatInteger(data.invalidScores.ces) })}
            </p>
          )}
          <Subsection title={t('surveys.nps.title')}>{data.nps.status === 'ok' ? <NpsSection nps={data.nps} /> : <EmptyState message={t('surveys.nps.empty')} />}</Subsection>
          <CsatSection csat={data.csat} />
          <CesSection ces={data.ces} />
          <SurveyValueSection />
        </>
      )}
    </PanelFrame>
  );
}
