import { useEffect, useRef, useState } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { EngineProvider } from './queries/engineContext';
import { sampleFiles, useLoadFiles, useRestoreFiles } from './queries/useLoadFiles';
import type { EngineClient } from './worker/client';
import { useAppStore, type ClickThroughSource } from './store/store';
import { t } from './i18n/messages';
import { UploadBar } from './ui/UploadBar';
import { ProblemBanner } from './ui/ProblemBanner';
import { DatasetList } from './ui/DatasetList';
import { ErrorBoundary } from './ui/ErrorBoundary';
import { ControlsBar } from './ui/controls/ControlsBar';
import { PageTools, useThemeAttribute } from './ui/controls/PageTools';
import { PanelTabs, type DashboardPanel } from './ui/controls/PanelTabs';
import { applyUrlState, useUrlSync } from './ui/controls/useUrlSync';
import { OverviewPanel } from './panels/overview/OverviewPanel';
import { CohortPanel } from './panels/cohorts/CohortPanel';
import { ANALYSIS_PANELS } from './panels/index';
import { LocaleFields, useDocumentLanguage } from './ui/controls/LocaleFields';
import '@fontsource/vazirmatn/400.css';
import '@fontsource/vazirmatn/700.css';

/** The analysis panels, in tab order, titled in the active language; the overview stays above them. */
function dashboardPanels(): readonly DashboardPanel[] {
  return [
    { id: 'cohorts', title: t('cohorts.title'), Component: CohortPanel },
    ...ANALYSIS_PANELS.map((panel) => ({ id: panel.id, title: t(panel.titleKey), Component: panel.Component })),
  ];
}

function Dashboard({ autoloadSample, pendingClickThrough }: { autoloadSample: boolean; pendingClickThrough: ClickThroughSource | null }) {
  const load = useLoadFiles();
  const restore = useRestoreFiles();
  const hasOrders = useAppStore((s) => s.engine.orders !== null);
  const version = useAppStore((s) => s.engine.version);
  const started = useRef(false);
  useUrlSync(pendingClickThrough);
  useThemeAttribute();
  useDocumentLanguage();
  // Texts, numbers and dates are formatted during render from the active locale: a new language
  // or digits choice renders the page afresh (keyed below). Figures stay in react-query's cache.
  const localeKey = useAppStore((s) => `${s.locale}-${s.digits}`);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    // Files kept from an earlier visit come back first; ?demo opens the sample when there are none.
    void restore().then((restored) => {
      if (autoloadSample && restored === 0) void load(sampleFiles());
    });
  }, [autoloadSample, load, restore]);

  return (
    <div className="app" key={localeKey}>
      <header className="app__header">
        <div>
          <h1>{t('app.title')}</h1>
          <p className="app__tagline">{t('app.tagline')}</p>
        </div>
        <div className="app__header-tools no-print">
          <LocaleFields />
          <PageTools />
        </div>
      </header>
      <div className="no-print">
        <UploadBar />
        <ProblemBanner />
        <DatasetList />
      </div>
      {hasOrders && <ControlsBar />}
      <main className="app__main">
        {hasOrders ? (
          <>
            <ErrorBoundary name={t('kpi.title')} resetKey={version}>
              <OverviewPanel />
            </ErrorBoundary>
            <PanelTabs panels={dashboardPanels()} />
          </>
        ) : (
          <section className="empty">
            <h2>{t('empty.title')}</h2>
            <p>{t('empty.body')}</p>
          </section>
        )}
      </main>
    </div>
  );
}

export function App({ client, autoloadSample = false }: { client: EngineClient; autoloadSample?: boolean }) {
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } } }));
  // The URL's view goes into the store before any panel asks for a figure (no computation with defaults first).
  const [pendingClickThrough] = useState(() => applyUrlState(window.location.search));
  return (
    <QueryClientProvider client={queryClient}>
      <EngineProvider client={client}>
        <Dashboard autoloadSample={autoloadSample} pendingClickThrough={pendingClickThrough} />
      </EngineProvider>
    </QueryClientProvider>
  );
}
