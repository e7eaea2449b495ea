import type { ReactNode } from 'react';
import { t } from '../../i18n/messages';

/**
 * "How is this computed?": the formula in words, and the section of docs/metrics.md that holds
 * the full definition with its edge cases and sources (the built site does not ship docs/).
 */
export function Definition(props: { paragraphs: readonly string[]; section: string; children?: ReactNode }) {
  return (
    <details className="definition">
      <summary>{t('panels.definition.summary')}</summary>
      {props.paragraphs.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      {props.children}
      <p className="definition__source">{t('panels.definition.source', { section: props.section })}</p>
    </details>
  );
}
