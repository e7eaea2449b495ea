/**
 * Worker restart (issue #9): when the engine stops, the client starts a new one, loads every file
 * again under the same data set id and reports it; figure requests in flight are answered by the new
 * engine. The engines here are real in-process Engines; only the worker's death is simulated: a
 * stopped worker never answers and fires 'error', which is what `stopOn` reproduces.
 */
import { describe, expect, it } from 'vitest';
import type { RestartReport } from '../../../src/worker/client';
import { EngineStoppedError, restartingClient } from '../../../src/worker/restartingClient';
import { connections, encode, KPIS, SMALL_ORDERS } from './helpers';

const SURVEYS = 'respondent_id,submitted_at,score\nann,2024-01-10,9\nbob,2024-01-11,3\n';

describe('restartingClient', () => {
  it('a compute that kills the worker: new worker, files reloaded under the same ids, the figure still arrives', async () => {
    const factory = connections({ 0: 'compute' });
    const client = restartingClient(factory.connect);
    const reports: RestartReport[] = [];
    client.onRestart((report) => reports.push(report));
    let rereads = 0;
    const reread = async () => {
      rereads++;
      return encode(SMALL_ORDERS);
    };
    const orders = await client.load(encode(SMALL_ORDERS), { fileName: 'orders.csv' }, { loadId: 'orders', reread });
    const surveys = await client.load(encode(SURVEYS), { fileName: 'surveys.csv' }, { loadId: 'surveys' });
    expect(orders.ok && surveys.ok).toBe(true);
    const versionBefore = surveys.state.version;

    const kpis = await client.compute(KPIS);
    expect(kpis).toMatchObject({ status: 'ok', orders: 3, customers: 2, revenue: 60 });
    expect(factory.started).toHaveLength(2);
    expect(factory.started[0]!.terminated).toBe(true);
    expect(rereads).toBe(1); // the orders file was read again through its reread; the surveys from the kept copy
    expect(reports).toHaveLength(1);
    expect(reports[0]!.lost).toEqual([]);
    expect(reports[0]!.state.datasets.map((d) => [d.id, d.fileName, d.kind])).toEqual([
      ['orders', 'orders.csv', 'orders'],
      ['surveys', 'surveys.csv', 'surveys'],
    ]);
    // Versions continue past the old engine's, so no cached figure of the old one is reused.
    expect(reports[0]!.state.version).toBeGreaterThan(versionBefore);
    expect((await client.state()).datasets).toHaveLength(2);
  });

  it('removed files are not reloaded; a file that cannot be read again is reported lost', async () => {
    const factory = connections({ 0: 'compute' });
    const client = restartingClient(factory.connect);
    const reports: RestartReport[] = [];
    client.onRestart((report) => reports.push(report));
    await client.load(encode(SMALL_ORDERS), { fileName: 'kept.csv' }, { loadId: 'kept' });
    await client.load(encode(SMALL_ORDERS), { fileName: 'removed.csv' }, { loadId: 'removed' });
    await client.load(encode(SMALL_ORDERS), { fileName: 'gone.csv' }, { loadId: 'gone', reread: () => Promise.reject(new Error('file gone')) });
    await client.remove('removed');
    await client.compute(KPIS);
    expect(reports[0]!.lost).toEqual(['gone.csv']);
    expect(reports[0]!.state.datasets.map((d) => d.id)).toEqual(['kept']);
  });

  it('a load in flight when the worker dies fails with EngineStoppedError; the files loaded before come back', async () => {
    const factory = connections({ 0: 'load' });
    const client = restartingClient(factory.connect);
    const reports: RestartReport[] = [];
    client.onRestart((report) => reports.push(report));
    // Connection 0 dies on its first load: nothing was loaded before, so nothing comes back.
    await expect(client.load(encode(SMALL_ORDERS), { fileName: 'huge.csv' })).rejects.toBeInstanceOf(EngineStoppedError);
    await client.state();
    expect(reports).toHaveLength(1);
    expect(reports[0]!.state.datasets).toEqual([]);
    const again = await client.load(encode(SMALL_ORDERS), { fileName: 'orders.csv' });
    expect(again.ok).toBe(true);
  });

  it('a file that stops the new worker too is given up instead of restarting for ever', async () => {
    // Worker 0 dies on compute; worker 1 dies while the file is loaded again; worker 2 starts empty.
    const factory = connections({ 0: 'compute', 1: 'load' });
    const client = restartingClient(factory.connect);
    const reports: RestartReport[] = [];
    client.onRestart((report) => reports.push(report));
    await client.load(encode(SMALL_ORDERS), { fileName: 'orders.csv' }, { loadId: 'orders' });
    const kpis = await client.compute(KPIS);
    expect(kpis).toEqual({ status: 'no-data' });
    expect(factory.started).toHaveLength(3);
    expect(reports).toHaveLength(1);
    expect(reports[0]!.lost).toEqual(['orders.csv']);
  });
});
