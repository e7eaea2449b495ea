/**
 * The main thread's handle on the engine. In the browser the engine runs in a Web Worker
 * (comlink RPC) that is restarted if it stops; tests pass an in-process Engine with the same surface.
 */
import * as Comlink from 'comlink';
import type { Engine, EngineState, LoadOutcome } from './engine';
import type { MetricName, MetricRequest, MetricResult } from './metricRegistry';
import type { FileInspection, IngestFailure } from '../ingest/types';
import type { EngineIngestOptions } from './loadChoice';
import type { WorkerEngine } from './worker';
import { restartingClient, type EngineConnection } from './restartingClient';

export interface LoadControl {
  onProgress?: (fraction: number) => void;
  /** Names the load for `cancel` and becomes the data set's id; generated when absent. */
  loadId?: string;
  /** Reads the file again if the worker has to be restarted; without it the client keeps a copy of the bytes. */
  reread?: () => Promise<Uint8Array>;
}

/** Sent to `onRestart` listeners once a stopped engine was replaced and the loaded files read again. */
export interface RestartReport {
  state: EngineState;
  /** Files that could not be loaded again (their names). */
  lost: string[];
}

export interface EngineClient {
  state(): Promise<EngineState>;
  load(bytes: Uint8Array, options: EngineIngestOptions, control?: LoadControl): Promise<LoadOutcome>;
  /** What the mapping screen shows; `inspectId` lets `cancel` stop it. */
  inspect(bytes: Uint8Array, options: EngineIngestOptions, inspectId?: string): Promise<FileInspection | IngestFailure>;
  /** Stops the load or inspection with this id; the loaded data stays as it was. */
  cancel(id: string): Promise<void>;
  remove(id: string): Promise<EngineState>;
  clear(): Promise<EngineState>;
  compute<K extends MetricName>(request: MetricRequest<K>): Promise<MetricResult<K>>;
  /** Listens for engine restarts; returns the unsubscribe function. */
  onRestart(listener: (report: RestartReport) => void): () => void;
  /** Makes the worker fail, for the browser test of the restart; absent where there is no worker. */
  crash?: () => Promise<void>;
}

/** Wraps an in-process engine (tests, Node): there is no worker to stop, so it never restarts. */
export function inProcessClient(engine: Engine): EngineClient {
  return {
    state: async () => engine.state(),
    load: (bytes, options, control = {}) => engine.load(bytes, options, control.onProgress, control.loadId),
    inspect: (bytes, options, inspectId) => engine.inspect(bytes, options, inspectId),
    cancel: async (id) => engine.cancel(id),
    remove: async (id) => engine.remove(id),
    clear: async () => engine.clear(),
    compute: async (request) => engine.compute(request),
    onRestart: () => () => undefined,
  };
}

/** One Web Worker running the engine; 'error' and 'messageerror' events mean it can no longer be trusted. */
export function workerConnection(): EngineConnection {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'engine' });
  const remote = Comlink.wrap<WorkerEngine>(worker);
  return {
    engine: {
      state: () => remote.state(),
      load: (bytes, options, onProgress, loadId) =>
        remote.load(Comlink.transfer(bytes, [bytes.buffer as ArrayBuffer]), options, onProgress ? Comlink.proxy(onProgress) : undefined, loadId),
      inspect: (bytes, options, inspectId) => remote.inspect(Comlink.transfer(bytes, [bytes.buffer as ArrayBuffer]), options, inspectId),
      cancel: (id) => remote.cancel(id),
      remove: (id) => remote.remove(id),
      clear: () => remote.clear(),
      continueFrom: (version) => remote.continueFrom(version),
      compute: (request) => remote.compute(request) as never,
      crash: () => remote.crash(),
    },
    onStop: (listener) => {
      worker.addEventListener('error', (event) => listener(event.message || 'the worker failed'));
      worker.addEventListener('messageerror', () => listener('a message from the worker could not be read'));
    },
    terminate: () => worker.terminate(),
  };
}

/** Starts the Web Worker, and a new one (with the loaded files read again) whenever it stops. */
export function workerClient(): EngineClient {
  return restartingClient(workerConnection);
}
