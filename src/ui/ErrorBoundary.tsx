import { Component, useRef, useState, type ErrorInfo, type ReactNode } from 'react';
import { t } from '../i18n/messages';
// A named import: the bundle keeps only the version string, not the rest of package.json.
import { version as APP_VERSION } from '../../package.json';

/** The text a user pastes into a bug report: which panel, the error, where in the code and the components. */
export function errorDetails(panel: string, error: Error, componentStack: string | null): string {
  const headline = `${error.name}: ${error.message}`;
  // V8 stacks start with the headline; Firefox and Safari stacks do not.
  const lines = [panel, error.stack?.startsWith(headline) ? error.stack : [headline, error.stack ?? ''].join('\n').trimEnd()];
  if (componentStack) lines.push('', `Components:${componentStack}`);
  lines.push('', `Version: ${APP_VERSION}`);
  if (typeof location !== 'undefined') lines.push('', `Page: ${location.pathname}${location.search}`);
  if (typeof navigator !== 'undefined') lines.push(`Browser: ${navigator.userAgent}`);
  return lines.join('\n');
}

/** What a broken panel shows instead of itself: a message, "Copy details" and "Try again". */
function PanelFailure(props: { panel: string; details: string; onRetry: () => void }) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'manual'>('idle');
  const disclosure = useRef<HTMLDetailsElement>(null);
  const text = useRef<HTMLTextAreaElement>(null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.details);
      setStatus('copied');
    } catch {
      // No clipboard (insecure context, permission refused): show the details selected for Ctrl+C.
      if (disclosure.current) disclosure.current.open = true;
      text.current?.focus();
      text.current?.select();
      setStatus('manual');
    }
  };

  return (
    <section className="panel panel--failed" role="alert" aria-label={t('error.title', { panel: props.panel })}>
      <h2>{t('error.title', { panel: props.panel })}</h2>
      <p>{t('error.body')}</p>
      <div className="controls no-print">
        <button type="button" className="button" onClick={() => void copy()}>
          {t('error.copy')}
        </button>
        <button type="button" className="button button--secondary" onClick={props.onRetry}>
          {t('error.retry')}
        </button>
      </div>
      {status !== 'idle' && <p role="status">{status === 'copied' ? t('error.copied') : t('error.copyManually')}</p>}
      <details ref={disclosure}>
        <summary>{t('error.details')}</summary>
        <textarea ref={text} className="error-details" readOnly rows={8} value={props.details} aria-label={t('error.details')} />
      </details>
    </section>
  );
}

interface ErrorBoundaryProps {
  /** The panel's name, for the message. */
  name: string;
  /** A new value (e.g. the data version) clears the error and renders the children again. */
  resetKey?: unknown;
  children: ReactNode;
}

interface ErrorBoundaryState {
  error: Error | null;
  componentStack: string | null;
  resetKey: unknown;
}

/**
 * Keeps an error inside one panel: the panel shows what went wrong and the rest of the page keeps
 * working. React catches render errors only in a class component's getDerivedStateFromError.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null, componentStack: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<ErrorBoundaryState> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: ErrorBoundaryProps, state: ErrorBoundaryState): Partial<ErrorBoundaryState> | null {
    return Object.is(props.resetKey, state.resetKey) ? null : { error: null, componentStack: null, resetKey: props.resetKey };
  }

  override componentDidCatch(_error: unknown, info: ErrorInfo): void {
    this.setState({ componentStack: info.componentStack ?? null });
  }

  private readonly retry = (): void => this.setState({ error: null, componentStack: null });

  override render(): ReactNode {
    const { error, componentStack } = this.state;
    if (!error) return this.props.children;
    return <PanelFailure panel={this.props.name} details={errorDetails(this.props.name, error, componentStack)} onRetry={this.retry} />;
  }
}
