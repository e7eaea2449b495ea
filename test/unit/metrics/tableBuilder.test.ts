import { describe, expect, it } from 'vitest';
import { orderTableFromRows } from '../../../src/metrics/table';

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
});
