import { useRef, type ReactNode } from 'react';
import { t } from '../i18n/messages';
import { ExportMenu } from './export/ExportMenu';

/** A titled panel with its one-line explanation, its loading / error states and an Export menu for its charts and tables. */
export function PanelFrame(props: {
  id: string;
  title: string;
  explain?: string;
  isPending?: boolean;
  error?: unknown;
  children: ReactNode;
  /** Show the Export menu (PNG/SVG of charts, CSV of tables); default true. */
  exportable?: boolean;
}) {
  const headingId = `${props.id}-title`;
  const section = useRef<HTMLElement>(null);
  return (
    <section className="panel" id={props.id} aria-labelledby={headingId} ref={section}>
      <header className="panel__header">
        <div className="panel__heading">
          <h2 id={headingId}>{props.title}</h2>
          {props.exportable !== false && <ExportMenu panelId={props.id} panelTitle={props.title} target={section} />}
        </div>
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
