import { useRef, type ComponentType, type KeyboardEvent } from 'react';
import { t } from '../../i18n/messages';
import { useAppStore } from '../../store/store';
import { ErrorBoundary } from '../ErrorBoundary';

export interface DashboardPanel {
  id: string;
  title: string;
  Component: ComponentType;
}

/**
 * The analysis panels as tabs (WAI-ARIA tabs pattern: arrow keys, Home and End move between tabs;
 * the tab that has focus opens). Only the open panel is mounted, so only its figures are computed.
 * Each panel sits in its own error boundary.
 */
export function PanelTabs({ panels }: { panels: readonly DashboardPanel[] }) {
  const openPanel = useAppStore((s) => s.openPanel);
  const setOpenPanel = useAppStore((s) => s.setOpenPanel);
  const version = useAppStore((s) => s.engine.version);
  const tabs = useRef<HTMLDivElement>(null);
  const active = panels.find((p) => p.id === openPanel) ?? panels[0];
  if (!active) return null;

  const select = (index: number) => {
    const panel = panels[(index + panels.length) % panels.length];
    if (!panel) return;
    setOpenPanel(panel.id);
    tabs.current?.querySelector<HTMLButtonElement>(`#tab-${panel.id}`)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const index = panels.indexOf(active);
    // In a right-to-left page the next tab is on the left.
    const rtl = tabs.current !== null && getComputedStyle(tabs.current).direction === 'rtl';
    const next = rtl ? 'ArrowLeft' : 'ArrowRight';
    const previous = rtl ? 'ArrowRight' : 'ArrowLeft';
    const moves: Record<string, number> = { [next]: index + 1, [previous]: index - 1, Home: 0, End: panels.length - 1 };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    select(target);
  };

  return (
    <div className="panel-tabs">
      <div ref={tabs} className="panel-tabs__list no-print" role="tablist" aria-label={t('tabs.label')} onKeyDown={onKeyDown}>
        {panels.map((panel) => {
          const selected = panel === active;
          return (
            <button
              key={panel.id}
              id={`tab-${panel.id}`}
              type="button"
              role="tab"
              aria-selected={selected}
              aria-controls={`tabpanel-${panel.id}`}
              tabIndex={selected ? 0 : -1}
              className="panel-tabs__tab"
              onClick={() => setOpenPanel(panel.id)}
            >
              {panel.title}
            </button>
          );
        })}
      </div>
      <div id={`tabpanel-${active.id}`} role="tabpanel" aria-labelledby={`tab-${active.id}`} className="panel-tabs__panel">
        <ErrorBoundary key={active.id} name={active.title} resetKey={version}>
          <active.Component />
        </ErrorBoundary>
      </div>
    </div>
  );
}
