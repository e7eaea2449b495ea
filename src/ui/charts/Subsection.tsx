import { useId, type ReactNode } from 'react';
import { t } from '../../i18n/messages';

/** A titled part of a panel with the loading and error states of the metric it shows. */
export function Subsection(props: { title: string; isPending?: boolean; error?: unknown; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="subsection" aria-labelledby={headingId}>
      <h3 id={headingId} className="subsection__title">
        {props.title}
      </h3>
      {props.error ? (
        <p role="alert" className="panel__error">
          {t('panel.error', { message: props.error instanceof Error ? props.error.message : String(props.error) })}
        </p>
      ) : props.isPending ? (
        <p className="panel__loading" role="status">
          {t('panel.loading')}
        </p>
      ) : (
        props.children
      )}
    </section>
  );
}

/** The sentence that explains why a metric has nothing to show (never a blank box). */
export function EmptyState(props: { message: string; hint?: string }) {
  return (
    <div className="empty-state">
      <p>{props.message}</p>
      {props.hint && <p className="empty-state__hint">{props.hint}</p>}
    </div>
  );
}
