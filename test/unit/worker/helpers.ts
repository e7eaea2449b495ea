/** Files for the engine tests, built in code so their figures can be counted by hand. */
import { DEFAULT_SETTINGS } from '../../../src/metrics/settings';
import { Engine } from '../../../src/worker/engine';
import type { EngineConnection } from '../../../src/worker/restartingClient';
import type { MetricRequest } from '../../../src/worker/metricRegistry';

export const encode = (text: string): Uint8Array<ArrayBuffer> => new TextEncoder().encode(text);

/** 3 orders, 2 customers (ann twice), revenue 10 + 20 + 30 = 60. */
export const SMALL_ORDERS = 'order_id,customer_id,order_date,amount\n1,ann,2024-01-05,10.00\n2,bob,2024-01-06,20.00\n3,ann,2024-02-01,30.00\n';

/** About 3 MB of orders (60,000 rows, 997 customers): the reader works through it in many segments. */
export function bigOrders(rows = 60_000): Uint8Array<ArrayBuffer> {
  const lines = ['order_id,customer_id,order_date,amount'];
  for (let i = 0; i < rows; i++) lines.push(`o${i},c${i % 997},2024-${String((i % 12) + 1).padStart(2, '0')}-15,${(i % 500) + 0.99}`);
  return encode(lines.join('\n') + '\n');
}

export const KPIS: MetricRequest<'kpis'> = { metric: 'kpis', settings: DEFAULT_SETTINGS, filters: {} };

export type Method = 'compute' | 'load';

/**
 * A factory of connections over fresh Engines; connection n stops on the calls listed for it: like a dead
 * worker it never answers that call and reports the stop (the worker's 'error' event).
 */
export function connections(stopOn: Partial<Record<number, Method>>) {
  const started: { engine: Engine; terminated: boolean }[] = [];
  const connect = (): EngineConnection => {
    const index = started.length;
    const engine = new Engine();
    const record = { engine, terminated: false };
    started.push(record);
    let stop: (reason: string) => void = () => undefined;
    const dies = <T>(method: Method, run: () => Promise<T>): Promise<T> => {
      if (stopOn[index] !== method) return run();
      setTimeout(() => stop(`worker ${index} failed in ${method}`), 0);
      return new Promise<T>(() => undefined); // a dead worker never answers
    };
    return {
      engine: {
        state: async () => engine.state(),
        load: (bytes, options, onProgress, loadId) => dies('load', () => engine.load(bytes, options, onProgress, loadId)),
        inspect: (bytes, options, inspectId) => engine.inspect(bytes, options, inspectId),
        cancel: async (id) => engine.cancel(id),
        remove: async (id) => engine.remove(id),
        clear: async () => engine.clear(),
        continueFrom: async (version) => engine.continueFrom(version),
        compute: (request) => dies('compute', async () => engine.compute(request)),
      },
      onStop: (listener) => {
        stop = listener;
      },
      terminate: () => {
        record.terminated = true;
      },
    };
  };
  return { connect, started };
}

