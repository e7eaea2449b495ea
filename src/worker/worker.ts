/// <reference lib="webworker" />
/** The Web Worker entry: the only place that holds the order tables in the browser. */
import * as Comlink from 'comlink';
import { Engine } from './engine';
import { orderChunkClient, type ChunkAnswer, type ChunkPort } from '../ingest/fast/chunkClient';

/** The engine as the worker exposes it, plus a way for the browser tests to make the worker fail. */
export class WorkerEngine extends Engine {
  /**
   * Throws outside any RPC, as a real fault would: the main thread sees the worker's 'error' event and
   * restarts it. Only reachable from the page with `?debug-crash` in its address (see UploadBar).
   */
  crash(): void {
    setTimeout(() => {
      throw new Error('The analysis engine was stopped on request (?debug-crash).');
    }, 0);
  }
}

/** The second worker that reads the second half of large orders files (ingest/fast/orderHalves.ts). */
function startHalfWorker(onAnswer: (answer: ChunkAnswer) => void, onFailure: (message: string) => void): ChunkPort {
  const worker = new Worker(new URL('./halfWorker.ts', import.meta.url), { type: 'module', name: 'ingest-half' });
  worker.addEventListener('message', (event: MessageEvent<ChunkAnswer>) => onAnswer(event.data));
  worker.addEventListener('error', (event) => onFailure(event.message || 'the second ingest worker failed'));
  worker.addEventListener('messageerror', () => onFailure('a message from the second ingest worker could not be read'));
  return { post: (request, transfer) => worker.postMessage(request, transfer), terminate: () => worker.terminate() };
}

// Browsers without workers inside workers read every file in one pass.
const halves = typeof Worker === 'function' ? orderChunkClient(startHalfWorker) : null;
halves?.warm();

Comlink.expose(new WorkerEngine(halves ? { readChunk: halves.readChunk } : undefined));
