/**
 * Cancel (issue #3/#9): AbortSignal cannot cross the worker boundary, so a load has an id and
 * `cancel(id)` aborts it. A cancelled load leaves the loaded data exactly as it was.
 */
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../src/worker/engine';
import { bigOrders, encode, KPIS, SMALL_ORDERS } from './helpers';

describe('Engine cancel', () => {
  it('cancelling a multi-segment load returns a cancelled outcome and keeps the previous data', async () => {
    const engine = new Engine();
    const first = await engine.load(encode(SMALL_ORDERS), { fileName: 'small.csv' }, undefined, 'small');
    expect(first.ok).toBe(true);
    const before = engine.state();
    const progress: number[] = [];
    const outcome = await engine.load(
      bigOrders(),
      { fileName: 'big.csv' },
      (fraction) => {
        progress.push(fraction);
        if (fraction > 0.2) engine.cancel('big');
      },
      'big',
    );
    expect(outcome).toMatchObject({ ok: false, cancelled: true, fileName: 'big.csv' });
    // It stopped early: progress went past 20% but never reached the end.
    expect(progress.some((fraction) => fraction > 0.2)).toBe(true);
    expect(progress.at(-1)).toBeLessThan(1);
    expect(engine.state()).toEqual(before);
    expect(outcome.state).toEqual(before);
    const kpis = engine.compute(KPIS);
    expect(kpis).toMatchObject({ status: 'ok', orders: 3, customers: 2, revenue: 60 });
  });

  it('a cancel that arrives before the load starts stops it at once', async () => {
    const engine = new Engine();
    engine.cancel('early');
    const outcome = await engine.load(encode(SMALL_ORDERS), { fileName: 'small.csv' }, undefined, 'early');
    expect(outcome).toMatchObject({ ok: false, cancelled: true });
    expect(engine.state().datasets).toEqual([]);
    // The id is used up: a later load under another id is not affected.
    expect((await engine.load(encode(SMALL_ORDERS), { fileName: 'small.csv' }, undefined, 'later')).ok).toBe(true);
  });

  it('a failed load is not reported as cancelled', async () => {
    const engine = new Engine();
    const outcome = await engine.load(encode('just,some\nwords,here\n'), { fileName: 'words.csv' });
    expect(outcome).toMatchObject({ ok: false, cancelled: false, fileName: 'words.csv' });
  });

  it('the load id becomes the data set id; an id in use is a bug', async () => {
    const engine = new Engine();
    const outcome = await engine.load(encode(SMALL_ORDERS), { fileName: 'small.csv' }, undefined, 'mine');
    expect(outcome.ok && outcome.dataset.id).toBe('mine');
    await expect(engine.load(encode(SMALL_ORDERS), { fileName: 'small.csv' }, undefined, 'mine')).rejects.toThrow(/already in use/);
  });

  it('inspections can be cancelled by id too', async () => {
    const engine = new Engine();
    engine.cancel('look');
    // Ambiguous dd/mm dates beyond the first 64 KiB make the inspection read the whole date column.
    const lines = ['order_id,customer_id,order_date,amount'];
    for (let i = 0; i < 40_000; i++) lines.push(`o${i},c${i % 97},0${(i % 9) + 1}/0${(i % 7) + 1}/2024,1.00`);
    const result = await engine.inspect(encode(lines.join('\n')), { fileName: 'slashes.csv' }, 'look');
    expect(result).toEqual({ ok: false, fileName: 'slashes.csv', message: 'Cancelled' });
  });

  it('continueFrom moves the version past a stopped engine’s', async () => {
    const engine = new Engine();
    await engine.load(encode(SMALL_ORDERS), { fileName: 'small.csv' });
    expect(engine.state().version).toBe(1);
    expect(engine.continueFrom(7).version).toBe(8);
    expect(engine.continueFrom(2).version).toBe(9);
  });
});
