/**
 * An EngineClient that survives its engine stopping (a worker fault or the tab reclaiming its memory):
 * it starts a new engine, loads every file that was loaded before under the same data set id, and tells
 * its listeners. Calls in flight when the engine stopped reject with EngineStoppedError, except figure
 * requests (compute, state), which are asked once more of the new engine.
 */
import type { EngineState, LoadOutcome } from './engine';
import type { MetricName, MetricRequest, MetricResult } from './metricRegistry';
import type { FileInspection, IngestFailure } from '../ingest/types';
import type { EngineIngestOptions } from './loadChoice';
import type { EngineClient, RestartReport } from './client';

/** The engine's RPC surface as seen from the main thread. */
export interface EngineSurface {
  state(): Promise<EngineState>;
  load(bytes: Uint8Array, options: EngineIngestOptions, onProgress: ((fraction: number) => void) | undefined, loadId: string): Promise<LoadOutcome>;
  inspect(bytes: Uint8Array, options: EngineIngestOptions, inspectId?: string): Promise<FileInspection | IngestFailure>;
  cancel(id: string): Promise<void>;
  remove(id: string): Promise<EngineState>;
  clear(): Promise<EngineState>;
  continueFrom(version: number): Promise<EngineState>;
  compute<K extends MetricName>(request: MetricRequest<K>): Promise<MetricResult<K>>;
  crash?(): Promise<void>;
}

/** One running engine: its surface, a way to hear that it stopped, and a way to stop it for good. */
export interface EngineConnection {
  engine: EngineSurface;
  /** `listener` runs when the engine stops; the client then starts another. */
  onStop(listener: (reason: string) => void): void;
  terminate(): void;
}

export class EngineStoppedError extends Error {
  constructor(reason: string) {
    super(`the analysis engine stopped (${reason})`);
    this.name = 'EngineStoppedError';
  }
}

interface LoadedFile {
  options: EngineIngestOptions;
  reread: () => Promise<Uint8Array>;
}

interface Live {
  connection: EngineConnection;
  /** Rejects with EngineStoppedError when this engine stops. */
  stopped: Promise<never>;
  alive: boolean;
}

export function restartingClient(connect: () => EngineConnection): EngineClient {
  const loaded = new Map<string, LoadedFile>();
  const listeners = new Set<(report: RestartReport) => void>();
  let restarting: Promise<void> | null = null;
  let lastVersion = 0;
  let nextLoad = 1;

  const seen = (state: EngineState): EngineState => {
    lastVersion = Math.max(lastVersion, state.version);
    return state;
  };
  const race = <T>(live: Live, promise: Promise<T>): Promise<T> => Promise.race([promise, live.stopped]);

  function start(): Live {
    const connection = connect();
    let stop: (error: Error) => void = () => undefined;
    const stopped = new Promise<never>((_resolve, reject) => {
      stop = reject;
    });
    stopped.catch(() => undefined);
    const live: Live = { connection, stopped, alive: true };
    connection.onStop((reason) => {
      if (!live.alive) return;
      live.alive = false;
      connection.terminate();
      stop(new EngineStoppedError(reason));
      restart();
    });
    return live;
  }

  let current = start();

  function restart(): void {
    // A stop while files were being loaded again means one of them stops the engine: do not loop.
    const giveUpFiles = restarting !== null;
    const live = start();
    current = live;
    const task = (async () => {
      const lost: string[] = [];
      if (giveUpFiles) {
        for (const file of loaded.values()) lost.push(file.options.fileName);
        loaded.clear();
      }
      for (const [id, file] of [...loaded]) {
        try {
          const outcome = await race(live, file.reread().then((bytes) => live.connection.engine.load(bytes, file.options, undefined, id)));
          if (!outcome.ok) throw new Error(outcome.message);
        } catch (error) {
          if (error instanceof EngineStoppedError) return; // the new engine stopped too: the next restart reports
          lost.push(file.options.fileName);
          loaded.delete(id);
        }
      }
      const state = seen(await race(live, live.connection.engine.continueFrom(lastVersion)));
      for (const listener of listeners) listener({ state, lost });
    })();
    const settled: Promise<void> = task.then(
      () => undefined,
      () => undefined,
    );
    restarting = settled;
    void settled.then(() => {
      if (restarting === settled) restarting = null;
    });
  }

  async function ready(): Promise<Live> {
    while (restarting) await restarting;
    return current;
  }

  async function call<T>(run: (engine: EngineSurface) => Promise<T>, askAgain: boolean): Promise<T> {
    const live = await ready();
    try {
      return await race(live, run(live.connection.engine));
    } catch (error) {
      if (!askAgain || !(error instanceof EngineStoppedError)) throw error;
      const next = await ready();
      return race(next, run(next.connection.engine));
    }
  }

  return {
    state: () => call((engine) => engine.state(), true).then(seen),
    load: async (bytes, options, control = {}) => {
      const loadId = control.loadId ?? `load-${nextLoad++}`;
      let reread = control.reread;
      if (!reread) {
        const copy = bytes.slice(); // the worker takes ownership of `bytes`
        reread = async () => copy.slice();
      }
      const outcome = await call((engine) => engine.load(bytes, options, control.onProgress, loadId), false);
      seen(outcome.state);
      if (outcome.ok) loaded.set(outcome.dataset.id, { options, reread });
      return outcome;
    },
    inspect: (bytes, options, inspectId) => call((engine) => engine.inspect(bytes, options, inspectId), false),
    cancel: (id) => call((engine) => engine.cancel(id), false),
    remove: async (id) => {
      loaded.delete(id);
      return seen(await call((engine) => engine.remove(id), false));
    },
    clear: async () => {
      loaded.clear();
      return seen(await call((engine) => engine.clear(), false));
    },
    compute: (request) => call((engine) => engine.compute(request), true),
    onRestart: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    crash: () => call((engine) => (engine.crash ? engine.crash() : Promise.resolve()), false),
  };
}
