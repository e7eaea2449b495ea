/**
 * Large orders files in two halves at once in Node (the CLI and the benchmark), as the browser
 * does with a second Web Worker: the second half is read in a worker thread.
 */
import { Worker } from 'node:worker_threads';
import { orderChunkClient, type ChunkAnswer, type OrderChunkClient } from '../ingest/fast/chunkClient';
import type { OrderChunkRequest } from '../ingest/fast/orderHalves';

export function nodeOrderChunkClient(): OrderChunkClient {
  return orderChunkClient((onAnswer, onFailure) => {
    const worker = new Worker(new URL('./halfThread.mjs', import.meta.url));
    worker.on('message', (answer: ChunkAnswer) => {
      worker.unref();
      onAnswer(answer);
    });
    worker.on('error', (error: Error) => onFailure(error.message));
    worker.on('exit', (code) => onFailure(`the worker thread stopped (exit code ${code})`));
    // An idle worker thread must not keep the process alive; one reading a half must.
    worker.unref();
    const post = (request: OrderChunkRequest, transfer: ArrayBuffer[]): void => {
      worker.ref();
      worker.postMessage(request, transfer);
    };
    return { post, terminate: () => void worker.terminate() };
  });
}
