import { describe, expect, it } from 'vitest';
import { OrderTableBuilder, orderTableFromRows, orderRows } from '../../../src/metrics/table';

describe('order table builder', () => {
  it('keeps a cost that first appears on a later line item of an order (the first line has none)', () => {
    const table = orderTableFromRows([
      { orderId: 'A', customerId: 'C1', day: 10, amount: 5, isPurchase: true },
      { orderId: 'A', customerId: 'C1', day: 10, amount: 7, cost: 3, isPurchase: true },
      { orderId: 'B', customerId: 'C2', day: 11, amount: 2, isPurchase: true },
    ]);
    expect(Array.from(table.amount)).toEqual([12, 2]);
    expect(table.cost && Array.from(table.cost)).toEqual([3, Number.NaN]);
    expect(table.orderIds.texts()).toEqual(['A', 'B']);
  });

  it('appends a second table (new customers and orders after its own) and takes no row after that', () => {
    const builder = new OrderTableBuilder(['channel']);
    builder.add({ orderId: 'A', customerId: 'C1', day: 10, amount: 5, isPurchase: true, attributes: { channel: 'web' } });
    const rest = orderTableFromRows(
      [
        { orderId: 'B', customerId: 'C2', day: 12, amount: 2, isPurchase: true, attributes: { channel: 'shop' } },
        { orderId: 'C', customerId: 'C1', day: 13, amount: 4, isPurchase: false, attributes: { channel: 'web' } },
      ],
      ['channel'],
    );
    // rest's customer 0 is C2 (new here), 1 is C1 (code 0 here).
    builder.appendTable(rest, Int32Array.from([-1, 0]));
    expect(() => builder.add({ orderId: 'D', customerId: 'C3', day: 14, amount: 1, isPurchase: true })).toThrow(/after appendTable/);
    const table = builder.finish();
    expect([...orderRows(table)].map((r) => [r.orderId, r.customerId, r.day, r.amount, r.isPurchase, r.attributes?.channel])).toEqual([
      ['A', 'C1', 10, 5, true, 'web'],
      ['B', 'C2', 12, 2, true, 'shop'],
      ['C', 'C1', 13, 4, false, 'web'],
    ]);
    expect(table.customerIds).toEqual(['C1', 'C2']);
  });
});
