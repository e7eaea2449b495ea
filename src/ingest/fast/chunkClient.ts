/**
 * The reading side of orderHalves.ts's other worker, for any environment: `orderChunkClient` turns
 * a way to start a worker (a Web Worker in the browser, a worker thread in Node) into a
 * ReadOrderChunk, and `answerChunkRequest` is what that worker runs on each message.
 * One worker, one half at a time; a cancelled or failed request stops the worker and the next
 * request starts a fresh one (a half it was still reading is of no use).
 */
import { chunkResultTransfer, readOrderChunk, type OrderChunkRequest, type OrderChunkResult, type ReadOrderChunk } from './orderHalves';

/** What the worker posts back. */
export type ChunkAnswer = { ok: true; result: OrderChunkResult } | { ok: false; message: string };

/** The worker side: reads the half, and says so instead of throwing when it cannot (e.g. out of memory). */
export async function answerChunkRequest(request: OrderChunkRequest): Promise<{ answer: ChunkAnswer; transfer: ArrayBuffer[] }> {
  try {
    const result = await readOrderChunk(request);
    return { answer: { ok: true, result }, transfer: chunkResultTransfer(result) };
  } catch (error) {
    return { answer: { ok: false, message: error instanceof Error ? error.message : String(error) }, transfer: [] };
  }
}

/** A started worker, as the client needs it. */
export interface ChunkPort {
  post(request: OrderChunkRequest, transfer: ArrayBuffer[]): void;
  terminate(): void;
}

/** Starts a worker that calls `onAnswer` with each answer and `onFailure` when it fails. */
export type StartChunkWorker = (onAnswer: (answer: ChunkAnswer) => void, onFailure: (message: string) => void) => ChunkPort;

export interface OrderChunkClient {
  readChunk: ReadOrderChunk;
  /** Starts the worker ahead of the first file, so loading it does not wait for the worker's script. */
  warm(): void;
  close(): void;
}

export function orderChunkClient(start: StartChunkWorker): OrderChunkClient {
  let port: ChunkPort | null = null;
  let pending: { resolve: (result: OrderChunkResult) => void; reject: (error: Error) => void } | null = null;
  const settle = (outcome: { result: OrderChunkResult } | { error: Error }): void => {
    const waiting = pending;
    pending = null;
    if (!waiting) return;
    if ('result' in outcome) waiting.resolve(outcome.result);
    else waiting.reject(outcome.error);
  };
  const stop = (reason: string): void => {
    port?.terminate();
    port = null;
    settle({ error: new Error(reason) });
  };
  const ensure = (): ChunkPort => {
    if (port) return port;
    // Events of a worker already stopped (its exit, say) must not touch the next one.
    const started: ChunkPort = start(
      (answer) => {
        if (port === started) settle(answer.ok ? { result: answer.result } : { error: new Error(answer.message) });
      },
      (message) => {
        if (port === started) stop(message);
      },
    );
    port = started;
    return started;
  };
  const readChunk: ReadOrderChunk = (request, signal) =>
    new Promise<OrderChunkResult>((resolve, reject) => {
      if (pending) return reject(new Error('the other ingest worker is busy'));
      if (signal?.aborted) return reject(new Error('cancelled'));
      pending = { resolve, reject };
      signal?.addEventListener('abort', () => {
        if (pending?.resolve === resolve) stop('cancelled');
      });
      ensure().post(request, [request.bytes.buffer as ArrayBuffer]);
    });
  return { readChunk, warm: () => void ensure(), close: () => stop('closed') };
}
