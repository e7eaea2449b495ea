import type { ReactNode } from 'react';
import { t } from '../i18n/messages';

/** A titled panel with its one-line explanation and its loading / error states. */
export function PanelFrame(props: {
  id: string;
  title: string;
  explain?: string;
  isPending?: boolean;
  error?: unknown;
  children: ReactNode;
}) {
  const headingId = `${props.id}-title`;
  return (
    <section className="panel" id={props.id} aria-labelledby={headingId}>
      <header className="panel__header">
        <h2 id={headingId}>{props.title}</h2>
        {props.explain && <p className="panel__explain">{props.explain}</p>}
      </header>
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
