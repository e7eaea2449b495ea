/**
 * The main thread's handle on the engine. In the browser the engine runs in a Web Worker
 * (comlink RPC); tests pass an in-process Engine with the same surface.
 */
import * as Comlink from 'comlink';
import type { Engine, EngineState, LoadOutcome } from './engine';
import type { MetricName, MetricRequest, MetricResult } from './metricRegistry';
import type { IngestOptions } from '../ingest/types';

export interface EngineClient {
  state(): Promise<EngineState>;
  load(bytes: Uint8Array, options: Omit<IngestOptions, 'onProgress'>, onProgress?: (fraction: number) => void): Promise<LoadOutcome>;
  remove(id: string): Promise<EngineState>;
  clear(): Promise<EngineState>;
  compute<K extends MetricName>(request: MetricRequest<K>): Promise<MetricResult<K>>;
}

/** Wraps an in-process engine (tests, Node). */
export function inProcessClient(engine: Engine): EngineClient {
  return {
    state: async () => engine.state(),
    load: async (bytes, options, onProgress) => engine.load(bytes, options, onProgress),
    remove: async (id) => engine.remove(id),
    clear: async () => engine.clear(),
    compute: async (request) => engine.compute(request),
  };
}

/** Starts the Web Worker and wraps it. */
export function workerClient(): EngineClient {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'engine' });
  const remote = Comlink.wrap<Engine>(worker);
  return {
    state: () => remote.state(),
    load: (bytes, options, onProgress) =>
      remote.load(Comlink.transfer(bytes, [bytes.buffer as ArrayBuffer]), options, onProgress ? Comlink.proxy(onProgress) : undefined),
    remove: (id) => remote.remove(id),
    clear: () => remote.clear(),
    compute: (request) => remote.compute(request) as never,
  };
}
