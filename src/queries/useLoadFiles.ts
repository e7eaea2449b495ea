/** Loading files into the engine: progress, problems, persistence, and the previous data kept on failure. */
import { useCallback } from 'react';
import { useAppStore } from '../store/store';
import { loadFiles, removeAllFiles, removeFile, saveFile } from '../store/persistence';
import { t } from '../i18n/messages';
import { useEngine } from './engineContext';
import type { EngineClient } from '../worker/client';

export interface FileToLoad {
  name: string;
  bytes: () => Promise<Uint8Array>;
  /** Keep the file in IndexedDB so a reload finds it (uploads yes, the bundled sample no). */
  persist: boolean;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function loadOne(engine: EngineClient, file: FileToLoad): Promise<void> {
  const store = useAppStore.getState();
  store.startUpload(file.name);
  try {
    const bytes = await file.bytes();
    // The engine may take ownership of the buffer (transfer to the worker): keep a copy to persist.
    const kept = file.persist ? bytes.slice() : null;
    const outcome = await engine.load(bytes, { fileName: file.name }, (p) => useAppStore.getState().setUploadProgress(p));
    useAppStore.getState().setEngineState(outcome.state);
    if (!outcome.ok) {
      useAppStore.getState().reportProblem({ fileName: outcome.fileName, message: outcome.message });
      return;
    }
    if (kept) {
      try {
        const seq = await saveFile(file.name, kept);
        if (seq !== null) useAppStore.getState().rememberStored(outcome.dataset.id, seq);
      } catch (error) {
        useAppStore.getState().reportProblem({ fileName: file.name, message: t('persist.failed', { file: file.name, reason: errorText(error) }) });
      }
    }
  } catch (error) {
    useAppStore.getState().reportProblem({ fileName: file.name, message: t('upload.failed', { file: file.name, reason: errorText(error) }) });
  } finally {
    useAppStore.getState().finishUpload();
  }
}

export function useLoadFiles(): (files: FileToLoad[]) => Promise<void> {
  const engine = useEngine();
  return useCallback(
    async (files: FileToLoad[]) => {
      for (const file of files) await loadOne(engine, file);
    },
    [engine],
  );
}

/** Re-opens the files kept in IndexedDB from an earlier visit. Returns how many were restored. */
export function useRestoreFiles(): () => Promise<number> {
  const engine = useEngine();
  return useCallback(async () => {
    let stored;
    try {
      stored = await loadFiles();
    } catch {
      return 0; // IndexedDB unavailable (private mode): nothing to restore.
    }
    for (const file of stored) {
      const outcome = await engine.load(file.bytes.slice(), { fileName: file.name });
      useAppStore.getState().setEngineState(outcome.state);
      if (outcome.ok) useAppStore.getState().rememberStored(outcome.dataset.id, file.seq);
    }
    return stored.length;
  }, [engine]);
}

/** "Remove my data": forgets every loaded file, in memory and in IndexedDB. */
export function useRemoveAllData(): () => Promise<void> {
  const engine = useEngine();
  return useCallback(async () => {
    useAppStore.getState().setEngineState(await engine.clear());
    useAppStore.getState().forgetStored();
    await removeAllFiles();
  }, [engine]);
}

/** Removes one loaded file, from the page and from this browser's storage. */
export function useRemoveDataset(): (datasetId: string) => Promise<void> {
  const engine = useEngine();
  return useCallback(
    async (datasetId: string) => {
      useAppStore.getState().setEngineState(await engine.remove(datasetId));
      const seq = useAppStore.getState().stored[datasetId];
      if (seq !== undefined) await removeFile(seq);
    },
    [engine],
  );
}

/** The bundled sample data set, fetched from the site's own static files (relative URL: works from any sub-path). */
export const SAMPLE_FILES = ['orders.csv', 'surveys.csv', 'spend.csv', 'events.csv'];

export function sampleFiles(base: string = import.meta.env.BASE_URL): FileToLoad[] {
  return SAMPLE_FILES.map((name) => ({
    name,
    persist: false,
    bytes: async () => {
      const response = await fetch(`${base}samples/${name}`);
      if (!response.ok) throw new Error(`the sample file ${name} is missing (${response.status})`);
      return new Uint8Array(await response.arrayBuffer());
    },
  }));
}
