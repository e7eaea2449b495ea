import { createContext, useContext, useEffect, type ReactNode } from 'react';
import type { EngineClient } from '../worker/client';
import { useAppStore } from '../store/store';
import { t } from '../i18n/messages';

const EngineContext = createContext<EngineClient | null>(null);

/** Provides the engine, and tells the user when it had to be restarted (issue #9). */
export function EngineProvider({ client, children }: { client: EngineClient; children: ReactNode }) {
  useEffect(
    () =>
      client.onRestart(({ state, lost }) => {
        const store = useAppStore.getState();
        store.setEngineState(state);
        store.showNotice(t('engine.restarted'));
        if (lost.length > 0) store.reportProblem({ fileName: lost.join(', '), message: t('engine.restartLost', { files: lost.join(', ') }) });
      }),
    [client],
  );
  return <EngineContext.Provider value={client}>{children}</EngineContext.Provider>;
}

export function useEngine(): EngineClient {
  const client = useContext(EngineContext);
  if (!client) throw new Error('useEngine outside EngineProvider');
  return client;
}
