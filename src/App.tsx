import { useEffect, useRef, useState } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { EngineProvider } from './queries/engineContext';
import { sampleFiles, useLoadFiles, useRestoreFiles } from './queries/useLoadFiles';
import type { EngineClient } from './worker/client';
import { useAppStore } from './store/store';
import { t } from './i18n/messages';
import { UploadBar } from './ui/UploadBar';
import { ProblemBanner } from './ui/ProblemBanner';
import { DatasetList } from './ui/DatasetList';
import { OverviewPanel } from './panels/overview/OverviewPanel';
import { CohortPanel } from './panels/cohorts/CohortPanel';

function Dashboard({ autoloadSample }: { autoloadSample: boolean }) {
  const load = useLoadFiles();
  const restore = useRestoreFiles();
  const hasOrders = useAppStore((s) => s.engine.orders !== null);
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    // Files kept from an earlier visit come back first; ?demo opens the sample when there are none.
    void restore().then((restored) => {
      if (autoloadSample && restored === 0) void load(sampleFiles());
    });
  }, [autoloadSample, load, restore]);

  return (
    <div className="app">
      <header className="app__header">
        <h1>{t('app.title')}</h1>
        <p className="app__tagline">{t('app.tagline')}</p>
      </header>
      <UploadBar />
      <ProblemBanner />
      <DatasetList />
      <main className="app__main">
        {hasOrders ? (
          <>
            <OverviewPanel />
            <CohortPanel />
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
  return (
    <QueryClientProvider client={queryClient}>
      <EngineProvider client={client}>
        <Dashboard autoloadSample={autoloadSample} />
      </EngineProvider>
    </QueryClientProvider>
  );
}
