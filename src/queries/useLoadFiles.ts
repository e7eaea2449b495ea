/** Loading files into the engine: progress, problems, and the previous data kept on failure. */
import { useCallback } from 'react';
import { useAppStore } from '../store/store';
import { useEngine } from './engineContext';

export interface FileToLoad {
  name: string;
  bytes: () => Promise<Uint8Array>;
}

export function useLoadFiles(): (files: FileToLoad[]) => Promise<void> {
  const engine = useEngine();
  return useCallback(
    async (files: FileToLoad[]) => {
      const store = useAppStore.getState();
      for (const file of files) {
        store.startUpload(file.name);
        try {
          const bytes = await file.bytes();
          const outcome = await engine.load(bytes, { fileName: file.name }, (p) => useAppStore.getState().setUploadProgress(p));
          useAppStore.getState().setEngineState(outcome.state);
          if (!outcome.ok) useAppStore.getState().reportProblem({ fileName: outcome.fileName, message: outcome.message });
        } catch (error) {
          useAppStore.getState().reportProblem({
            fileName: file.name,
            message: `${file.name} could not be read (${error instanceof Error ? error.message : String(error)}). Your previous data is still loaded.`,
          });
        } finally {
          useAppStore.getState().finishUpload();
        }
      }
    },
    [engine],
  );
}

/** The bundled sample data set, fetched from the site's own static files (relative URL: works from any sub-path). */
export const SAMPLE_FILES = ['orders.csv', 'surveys.csv', 'spend.csv', 'events.csv'];

export function sampleFiles(base: string = import.meta.env.BASE_URL): FileToLoad[] {
  return SAMPLE_FILES.map((name) => ({
    name,
    bytes: async () => {
      const response = await fetch(`${base}samples/${name}`);
      if (!response.ok) throw new Error(`the sample file ${name} is missing (${response.status})`);
      return new Uint8Array(await response.arrayBuffer());
    },
  }));
}
