/// <reference lib="webworker" />
/** The Web Worker entry: the only place that holds the order tables in the browser. */
import * as Comlink from 'comlink';
import { Engine } from './engine';

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

Comlink.expose(new WorkerEngine());
