/** Loading files into the engine: progress, cancel, problems, persistence, and the previous data kept on failure. */
import { useCallback } from 'react';
import { useAppStore } from '../store/store';
import { loadFiles, readFile, removeAllFiles, removeFile, saveFile, storedBytes } from '../store/persistence';
import { storageFailureReason } from '../store/storageFailure';
import { t } from '../i18n/messages';
import { useEngine } from './engineContext';
import type { EngineClient } from '../worker/client';
import { ingestOptionsFor, type LoadChoice } from '../worker/loadChoice';
import { EngineStoppedError } from '../worker/restartingClient';

export interface FileToLoad {
  name: string;
  /** Reads the file; called again to keep it (without `blob`) and if the engine has to be restarted. */
  bytes: () => Promise<Uint8Array>;
  /** The file itself (an upload's File): kept as it is, so its bytes are not copied on the page to keep it. */
  blob?: Blob;
  /** Keep the file in IndexedDB so a reload finds it (uploads yes, the bundled sample no). */
  persist: boolean;
  /** What the user chose on the mapping screen; absent: everything as detected. */
  choice?: LoadChoice;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

let loadCounter = 0;

/** A fresh id for a load or an inspection (what Cancel names, and the data set's id once loaded). */
export function newLoadId(prefix = 'load'): string {
  loadCounter++;
  return `${prefix}-${Date.now().toString(36)}-${loadCounter}`;
}

type LoadResult = 'loaded' | 'failed' | 'cancelled';

async function keep(file: FileToLoad, datasetId: string): Promise<void> {
  try {
    const seq = await saveFile(file.name, file.blob ?? (await file.bytes()), file.choice ?? {});
    if (seq !== null) useAppStore.getState().rememberStored(datasetId, seq);
  } catch (error) {
    useAppStore.getState().reportProblem({ fileName: file.name, message: t('persist.failed', { file: file.name, reason: storageFailureReason(error) }) });
  }
}

async function loadOne(engine: EngineClient, file: FileToLoad): Promise<LoadResult> {
  const loadId = newLoadId();
  useAppStore.getState().startUpload(file.name, loadId, 'loading');
  try {
    const bytes = await file.bytes();
    const outcome = await engine.load(bytes, ingestOptionsFor(file.name, file.choice ?? {}), {
      loadId,
      onProgress: (p) => useAppStore.getState().setUploadProgress(p),
      reread: file.bytes,
    });
    useAppStore.getState().setEngineState(outcome.state);
    if (!outcome.ok) {
      if (outcome.cancelled) {
        useAppStore.getState().showNotice(t('upload.cancelled', { file: file.name }));
        return 'cancelled';
      }
      useAppStore.getState().reportProblem({ fileName: outcome.fileName, message: outcome.message });
      return 'failed';
    }
    if (file.persist) await keep(file, outcome.dataset.id);
    return 'loaded';
  } catch (error) {
    const message = error instanceof EngineStoppedError ? t('upload.engineStopped', { file: file.name }) : t('upload.failed', { file: file.name, reason: errorText(error) });
    useAppStore.getState().reportProblem({ fileName: file.name, message });
    return 'failed';
  } finally {
    useAppStore.getState().finishUpload();
  }
}

/** Loads files one after the other; a cancel stops the file being read and the ones after it. */
export function useLoadFiles(): (files: FileToLoad[]) => Promise<void> {
  const engine = useEngine();
  return useCallback(
    async (files: FileToLoad[]) => {
      for (const [index, file] of files.entries()) {
        if ((await loadOne(engine, file)) !== 'cancelled') continue;
        const rest = files.slice(index + 1).map((f) => f.name);
        if (rest.length > 0) useAppStore.getState().showNotice(t('upload.notLoadedAfterCancel', { files: rest.join(', ') }));
        return;
      }
    },
    [engine],
  );
}

/** Stops the file being examined or loaded; whatever was loaded before stays. */
export function useCancelUpload(): () => void {
  const engine = useEngine();
  return useCallback(() => {
    const upload = useAppStore.getState().upload;
    if (upload) void engine.cancel(upload.loadId);
  }, [engine]);
}

/** Re-opens the files kept in IndexedDB from an earlier visit, with the choices made for them. Returns how many were restored. */
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
      const reread = async (): Promise<Uint8Array> => {
        const again = await readFile(file.seq);
        if (!again) throw new Error(`the kept copy of ${file.name} is gone`);
        return storedBytes(again);
      };
      const outcome = await engine.load(await storedBytes(file), ingestOptionsFor(file.name, file.options), { loadId: newLoadId('restored'), reread });
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
