/**
 * The files waiting on the mapping screen: each chosen file is checked for size (before it is read),
 * inspected in the worker, given the mapping remembered for its header, and re-inspected when the
 * user changes its kind, sheet or a column.
 */
import { useCallback, useState } from 'react';
import { t } from '../../i18n/messages';
import type { FileInspection } from '../../ingest/types';
import { useEngine } from '../../queries/engineContext';
import { newLoadId } from '../../queries/useLoadFiles';
import { useAppStore } from '../../store/store';
import type { EngineClient } from '../../worker/client';
import { ingestOptionsFor, type LoadChoice } from '../../worker/loadChoice';
import { tooLargeMessage } from './fileSize';
import { rememberedChoice } from './rememberedMappings';

export interface PendingFile {
  id: string;
  file: File;
  inspection: FileInspection;
  choice: LoadChoice;
  /** The choice came from the mapping remembered for this header. */
  remembered: boolean;
  /** A re-inspection after a change is running. */
  updating: boolean;
}

async function readBytes(file: File): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

type Inspected = { ok: true; inspection: FileInspection } | { ok: false; cancelled: boolean };

/** Inspects one file with a choice; problems go to the banner, a cancel to the notices. */
async function inspect(engine: EngineClient, file: File, choice: LoadChoice): Promise<Inspected> {
  const store = useAppStore.getState();
  const inspectId = newLoadId('inspect');
  store.startUpload(file.name, inspectId, 'inspecting');
  try {
    const result = await engine.inspect(await readBytes(file), ingestOptionsFor(file.name, choice), inspectId);
    if (result.ok) return { ok: true, inspection: result };
    const cancelled = result.message === 'Cancelled';
    if (cancelled) useAppStore.getState().showNotice(t('upload.cancelled', { file: file.name }));
    else useAppStore.getState().reportProblem({ fileName: file.name, message: result.message });
    return { ok: false, cancelled };
  } catch (error) {
    useAppStore.getState().reportProblem({ fileName: file.name, message: t('upload.failed', { file: file.name, reason: errorText(error) }) });
    return { ok: false, cancelled: false };
  } finally {
    useAppStore.getState().finishUpload();
  }
}

export interface FileInspections {
  pending: PendingFile[];
  /** Checks and inspects the chosen files, then shows them (all at once) on the mapping screen. */
  choose: (files: readonly File[]) => Promise<void>;
  change: (item: PendingFile, choice: LoadChoice, inspectAgain: boolean) => Promise<void>;
  /** Takes files off the screen (loaded or dismissed). */
  remove: (ids: readonly string[]) => void;
}

export function useFileInspections(): FileInspections {
  const engine = useEngine();
  const [pending, setPending] = useState<PendingFile[]>([]);

  const choose = useCallback(
    async (files: readonly File[]) => {
      const ready: PendingFile[] = [];
      for (const file of files) {
        const tooLarge = tooLargeMessage(file);
        if (tooLarge) {
          useAppStore.getState().reportProblem({ fileName: file.name, message: tooLarge });
          continue;
        }
        const first = await inspect(engine, file, {});
        if (!first.ok) {
          if (first.cancelled) break;
          continue;
        }
        let item: PendingFile = { id: newLoadId('file'), file, inspection: first.inspection, choice: {}, remembered: false, updating: false };
        const remembered = first.inspection.hasHeader ? rememberedChoice(first.inspection.header) : null;
        if (remembered) {
          const again = await inspect(engine, file, remembered);
          if (again.ok) item = { ...item, inspection: again.inspection, choice: remembered, remembered: true };
        }
        ready.push(item);
      }
      if (ready.length > 0) setPending((previous) => [...previous, ...ready]);
    },
    [engine],
  );

  const change = useCallback(
    async (item: PendingFile, choice: LoadChoice, inspectAgain: boolean) => {
      const update = (patch: Partial<PendingFile>) => setPending((previous) => previous.map((other) => (other.id === item.id ? { ...other, ...patch } : other)));
      update({ choice, remembered: false, updating: inspectAgain });
      if (!inspectAgain) return;
      const result = await inspect(engine, item.file, choice);
      // A choice the file cannot take (a sheet without data) is undone: what is shown is what will load.
      update(result.ok ? { updating: false, inspection: result.inspection } : { updating: false, choice: item.choice, remembered: item.remembered });
    },
    [engine],
  );

  const remove = useCallback((ids: readonly string[]) => {
    setPending((previous) => previous.filter((item) => !ids.includes(item.id)));
  }, []);

  return { pending, choose, change, remove };
}
