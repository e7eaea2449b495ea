import { useId, useMemo, useState } from 'react';
import { t } from '../../i18n/messages';
import { useMetric } from '../../queries/useMetric';
import { useAppStore } from '../../store/store';
import { Definition } from '../../ui/charts/Definition';
import { EmptyState } from '../../ui/charts/Subsection';
import { PanelFrame } from '../../ui/PanelFrame';
import { CacSection } from './CacSection';
import { ClvFigures } from './ClvFigures';
import { ConcentrationSection } from './ConcentrationSection';
import { AovSection, FrequencySection } from './OrderSections';
import { valueEmptyText } from './valueText';

const NO_ATTRIBUTES: readonly { name: string }[] = [];

/**
 * The historical CLV figures. They ask for the 'clv' result themselves, ahead of the sections
 * below: react-query starts a fetch when a component's effect runs, effects run children first
 * and siblings in order, so a query held only by ValuePanel would reach the worker after every
 * section's and wait behind their computations.
 */
function ClvSection({ groupBy, currency }: { groupBy: string; currency: string }) {
  const { data } = useMetric('clv', { groupBy });
  return useMemo(() => (data?.status === 'ok' ? <ClvFigures clv={data} currency={currency} /> : data && <EmptyState message={valueEmptyText(data)} />), [data, currency]);
}

/**
 * Customer value: historical CLV (grouped by acquisition cohort or by an attribute of the first
 * purchase), margin when known, AOV by order number, purchase frequency, CAC per channel and
 * revenue concentration.
 */
export function ValuePanel() {
  const [groupBy, setGroupBy] = useState<string>('cohort');
  const { isPending, error } = useMetric('clv', { groupBy });
  const currency = useAppStore((s) => s.settings.currency);
  const attributes = useAppStore((s) => s.engine.orders?.attributes ?? NO_ATTRIBUTES);
  const selectId = useId();
  // Memoised elements: each section asks for its own figures, so a setting change or another
  // section's result arriving must not redraw the others (each holds a chart).
  const clvFigures = useMemo(() => <ClvSection groupBy={groupBy} currency={currency} />, [groupBy, currency]);
  const sections = useMemo(
    () => (
      <>
        <AovSection currency={currency} />
        <FrequencySection />
        <CacSection currency={currency} />
        <ConcentrationSection currency={currency} />
      </>
    ),
    [currency],
  );
  return (
    <PanelFrame id="value" title={t('value.title')} explain={t('value.explain')} isPending={isPending} error={error}>
      <Definition
        paragraphs={[t('value.definition.clv'), t('value.definition.margin'), t('value.definition.aov'), t('value.definition.frequency'), t('value.definition.cac'), t('value.definition.concentration')]}
        section={t('value.definition.section')}
      />
      <div className="controls">
        <label htmlFor={selectId}>{t('value.clv.groupBy')}</label>
        <select id={selectId} value={groupBy} onChange={(event) => setGroupBy(event.target.value)}>
          <option value="cohort">{t('value.clv.byCohort')}</option>
          {attributes.map((attribute) => (
            <option key={attribute.name} value={attribute.name}>
              {t('value.clv.byAttribute', { attribute: attribute.name })}
            </option>
          ))}
        </select>
      </div>
      {clvFigures}
      {sections}
    </PanelFrame>
  );
}
