import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { purchaseOutcome } from '../../../src/ingest/purchase';
import { asOrders, failureMessage, ingestFixture, ingestText, readableRows } from './helpers';

describe('generic orders', () => {
  it('line items merge, refunded status → 0, a negative row is a refund, guests are rejected, e-mails lower-cased', async () => {
    const result = asOrders(await ingestFixture('generic-line-items-refunds-guest.csv'));
    expect(result.preset).toBe('generic');
    expect(result.mapping).toMatchObject({ orderId: 'order_id', customerId: 'customer_id', date: 'order_date', amount: 'amount', quantity: 'quantity', unitPrice: 'unit_price', cost: 'cost', status: 'status', attributes: ['product', 'channel', 'country'] });
    expect(readableRows(result.table)).toEqual([
      { order: 'A1', customer: 'C1', day: '2024-01-05', amount: 35, purchase: true, cost: 21 }, // 20 + 15; cost 12 + 9
      { order: 'A2', customer: 'C2', day: '2024-01-07', amount: 0, purchase: false }, // refunded
      { order: 'A4', customer: 'C1', day: '2024-02-01', amount: 40, purchase: true, cost: 25 },
      { order: 'A4', customer: 'C1', day: '2024-02-03', amount: -40, purchase: false }, // the refund row of A4
      { order: 'A5', customer: 'c3@example.com', day: '2024-02-10', amount: 30, purchase: true, cost: 18 },
    ]);
    expect(result.rejects).toEqual({ total: 1, byReason: { 'missing-customer-id': 1 }, rows: [{ line: 5, column: 'customer_id', value: '', reason: 'missing-customer-id' }] });
    const channel = result.table.attributes.find((a) => a.name === 'channel')!;
    expect([...channel.codes].map((code) => channel.values[code])).toEqual(['email', 'social', 'email', 'email', 'social']);
  });

  it('no order id column: each row is its own order, amount = quantity × price, an unreadable quantity is rejected', async () => {
    const result = asOrders(await ingestFixture('generic-quantity-times-price-no-order-id.csv'));
    expect(result.mapping).toMatchObject({ orderId: null, quantity: 'qty', unitPrice: 'price', amount: null });
    expect(readableRows(result.table)).toEqual([
      { order: 'generic-quantity-times-price-no-order-id.csv:2', customer: 'K1', day: '2024-03-01', amount: 15, purchase: true }, // 2 × 7.50
      { order: 'generic-quantity-times-price-no-order-id.csv:3', customer: 'K2', day: '2024-03-01', amount: 12, purchase: true },
      { order: 'generic-quantity-times-price-no-order-id.csv:4', customer: 'K1', day: '2024-03-08', amount: 7.5, purchase: true },
    ]);
    expect(result.rejects.rows).toEqual([{ line: 5, column: 'qty', value: 'x', reason: 'unreadable-amount' }]);
  });

  it('rows with the wrong number of fields are rejected; a trailing empty field is fine', async () => {
    const result = asOrders(await ingestFixture('ragged-rows.csv'));
    expect(readableRows(result.table).map((row) => row.order)).toEqual(['G1', 'G4']);
    expect(result.rejects.byReason).toEqual({ 'ragged-row': 2 });
    expect(result.rejects.rows.map((row) => row.line)).toEqual([3, 4]);
  });

  it("Excel's sep= line is honoured and skipped", async () => {
    const result = asOrders(await ingestText('sep=;\r\norder_id;customer_id;order_date;amount\r\n1;a;2024-01-01;2,50\r\n'));
    expect(readableRows(result.table)).toEqual([{ order: '1', customer: 'a', day: '2024-01-01', amount: 2.5, purchase: true }]);
  });

  it('title lines above the header are skipped', async () => {
    const result = asOrders(await ingestFixture('title-lines-above-header.csv'));
    expect(readableRows(result.table).map((row) => [row.order, row.amount])).toEqual([['T1', 10], ['T2', 20]]);
    expect(result.rowsRead).toBe(2);
  });

  it('semicolons, dd.mm.yyyy and decimal commas with a euro sign (European Excel)', async () => {
    const result = asOrders(await ingestFixture('european-semicolon-decimal-comma.csv'));
    expect(readableRows(result.table).map((row) => [row.day, row.amount])).toEqual([
      ['2024-01-05', 1234.56],
      ['2024-01-13', 99.9],
      ['2024-02-02', 12],
      ['2024-02-03', 1000], // "1.000 €" in a decimal-comma column is a thousand
    ]);
  });

  it('Persian headers, Persian and Arabic-Indic digits, Solar Hijri dates and rial amounts', async () => {
    const result = asOrders(await ingestFixture('jalali-persian-digits-rial.csv'));
    expect(result.mapping).toMatchObject({ orderId: 'شماره سفارش', customerId: 'مشتری', date: 'تاریخ', amount: 'مبلغ', attributes: ['شهر'] });
    expect(readableRows(result.table)).toEqual([
      { order: '101', customer: 'م-1', day: '2024-08-02', amount: 12_500_000, purchase: true }, // 1403/05/12
      { order: '102', customer: 'م-2', day: '2024-03-20', amount: 850_000, purchase: true }, // 1403/01/01 (Nowruz)
      { order: '103', customer: 'م-1', day: '2025-03-20', amount: 345.5, purchase: true }, // 1403/12/30, leap day
    ]);
  });

  it('Excel serial numbers in a numeric date column', async () => {
    const result = asOrders(await ingestFixture('excel-serial-dates.csv'));
    // 45292 → 2024-01-01, 45323.5 → 2024-02-01 (noon), 45351 → 2024-02-29.
    expect(readableRows(result.table).map((row) => row.day)).toEqual(['2024-01-01', '2024-02-01', '2024-02-29']);
    expect(result.notes.join(' ')).toContain('Excel serial');
  });

  it('written zones give the UTC day; no zone is taken as written', async () => {
    const result = asOrders(await ingestFixture('dates-iso-with-zones.csv'));
    expect(readableRows(result.table).map((row) => row.day)).toEqual(['2024-01-06', '2024-01-04', '2024-01-05', '2024-01-05', '2024-01-05']);
  });
});

describe('day/month order, decided from the whole column', () => {
  it('a first field above 12 means dd/mm', async () => {
    const result = asOrders(await ingestFixture('dates-day-first.csv'));
    expect(readableRows(result.table).map((row) => row.day)).toEqual(['2024-04-03', '2024-04-25', '2024-06-05']);
  });

  it('a second field above 12 means mm/dd', async () => {
    const result = asOrders(await ingestFixture('dates-month-first.csv'));
    expect(readableRows(result.table).map((row) => row.day)).toEqual(['2024-03-04', '2024-04-25', '2024-05-06']);
  });

  it('no deciding value: options.dateOrder, else dd/mm with a note', async () => {
    const byDefault = asOrders(await ingestFixture('dates-ambiguous-order.csv'));
    expect(readableRows(byDefault.table).map((row) => row.day)).toEqual(['2024-04-03', '2024-05-04', '2024-06-05']);
    expect(byDefault.notes.join(' ')).toContain('could be dd/mm/yyyy or mm/dd/yyyy');
    const chosen = asOrders(await ingestFixture('dates-ambiguous-order.csv', { dateOrder: 'mdy' }));
    expect(readableRows(chosen.table).map((row) => row.day)).toEqual(['2024-03-04', '2024-04-05', '2024-05-06']);
  });

  it('the deciding value may come after the first 64 KiB (the whole column is read)', async () => {
    // 5000 rows of 01/02/2024 (ambiguous), then one 02/13/2024 that only fits mm/dd.
    const text = 'order_id,customer_id,order_date,amount\n' + Array.from({ length: 5000 }, (_, i) => `o${i},c${i % 7},01/02/2024,1.00\n`).join('') + 'last,c1,02/13/2024,1.00\n';
    expect(text.length).toBeGreaterThan(64 * 1024);
    const result = asOrders(await ingestText(text));
    const rows = readableRows(result.table);
    expect(rows[0]!.day).toBe('2024-01-02');
    expect(rows.at(-1)!.day).toBe('2024-02-13');
    expect(result.notes.join(' ')).toContain('mm/dd/yyyy (decided from the values)');
  });

  it('a value that contradicts the decided order is rejected with its raw text', async () => {
    const result = asOrders(await ingestText('order_id,customer_id,order_date,amount\n1,a,13/01/2024,1\n2,b,14/01/2024,1\n3,c,01/13/2024,1\n'));
    expect(result.rejects.rows).toEqual([{ line: 4, column: 'order_date', value: '01/13/2024', reason: 'unreadable-date' }]);
  });
});

describe('mapping overrides', () => {
  it('a user mapping replaces the detected one and drops the column from the attributes', async () => {
    const text = 'ref,buyer,when,paid,region\nR1,B1,2024-01-02,5.00,north\nR2,B2,2024-01-03,6.00,south\n';
    expect(failureMessage(await ingestText(text))).toContain('no column looks like a customer id');
    const result = asOrders(await ingestText(text, { mapping: { orderId: 'ref', customerId: 'buyer', date: 'when', amount: 'paid', attributes: ['region'] } }));
    expect(readableRows(result.table).map((row) => [row.order, row.customer, row.amount])).toEqual([['R1', 'B1', 5], ['R2', 'B2', 6]]);
    expect(result.table.attributes.map((a) => a.name)).toEqual(['region']);
  });

  it('a mapping naming a missing column fails clearly', async () => {
    const message = failureMessage(await ingestText('order_id,customer_id,order_date,amount\n1,a,2024-01-01,1\n', { mapping: { amount: 'total' } }));
    expect(message).toBe('test.csv: the mapping names a column "total" (amount) that is not in the file. Found columns: order_id, customer_id, order_date, amount.');
  });
});

describe('line items property', () => {
  it('splitting an order into line items (in any row order) does not change order totals', async () => {
    const orderArbitrary = fc.record({
      customer: fc.constantFrom('c1', 'c2', 'c3'),
      day: fc.integer({ min: 1, max: 28 }),
      lines: fc.array(fc.integer({ min: 1, max: 100_000 }), { minLength: 1, maxLength: 4 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(orderArbitrary, { minLength: 1, maxLength: 10 }), fc.integer(), async (orders, seed) => {
        const header = 'order_id,customer_id,order_date,amount\n';
        const date = (day: number): string => `2024-03-${String(day).padStart(2, '0')}`;
        const totals = orders.map((order, i) => `o${i},${order.customer},${date(order.day)},${(order.lines.reduce((a, b) => a + b, 0) / 100).toFixed(2)}\n`);
        const lines = orders.flatMap((order, i) => order.lines.map((cents) => `o${i},${order.customer},${date(order.day)},${(cents / 100).toFixed(2)}\n`));
        // A deterministic shuffle of the line items.
        const shuffled = lines.map((line, i) => ({ line, key: Math.imul(i + 1, seed | 1) >>> 0 })).sort((a, b) => a.key - b.key).map((entry) => entry.line);
        const whole = asOrders(await ingestText(header + totals.join('')));
        const split = asOrders(await ingestText(header + shuffled.join('')));
        const byOrder = (rows: ReturnType<typeof readableRows>): Record<string, [string | null, string, number]> =>
          Object.fromEntries(rows.map((row) => [row.order, [row.customer, row.day, row.amount]]));
        expect(byOrder(readableRows(split.table))).toEqual(byOrder(readableRows(whole.table)));
      }),
      { numRuns: 60 },
    );
  });
});

describe('failures name the file, what was found and what was expected', () => {
  const cases: [string, string][] = [
    ['empty.csv', 'empty.csv: the file is empty.'],
    ['bom-only.csv', 'bom-only.csv: the file holds only a byte order mark and no data.'],
    ['header-only.csv', 'header-only.csv: the file has a header row but no data rows. Found columns: order_id, customer_id, order_date, amount.'],
    ['no-date-column.csv', 'no-date-column.csv: no column looks like an order date. Found columns: order_id, customer_id, amount. Expected one of: order_date, date, created_at'],
    ['no-recognisable-columns.csv', 'no-recognisable-columns.csv: no column looks like a customer id. Found columns: a, b, c. Expected one of: customer_id'],
    ['dates-unreadable.csv', 'dates-unreadable.csv: no date in column "order_date" could be read (e.g. "someday", "next week").'],
  ];
  for (const [name, start] of cases) {
    it(name, async () => expect(failureMessage(await ingestFixture(name))).toContain(start));
  }

  it('every row rejected → a failure that counts the reasons', async () => {
    expect(failureMessage(await ingestText('order_id,customer_id,order_date,amount\n1,,2024-01-01,1\n2,,2024-01-02,2\n'))).toBe('test.csv: none of the 2 rows could be used: 2 without a customer id.');
  });
});

describe('purchaseOutcome', () => {
  it('each rule, with its arithmetic', () => {
    expect(purchaseOutcome(50, 0, false, false)).toEqual({ amount: 50, isPurchase: true });
    expect(purchaseOutcome(80, 20, false, false)).toEqual({ amount: 60, isPurchase: true }); // 80 − 20
    expect(purchaseOutcome(30, 30, false, false)).toEqual({ amount: 0, isPurchase: false }); // fully refunded
    expect(purchaseOutcome(30, 0, true, false)).toEqual({ amount: 0, isPurchase: false }); // refunded status
    expect(purchaseOutcome(-40, 0, true, false)).toEqual({ amount: -40, isPurchase: false }); // refund record kept
    expect(purchaseOutcome(-40, 0, false, false)).toEqual({ amount: -40, isPurchase: false }); // negative row
    expect(purchaseOutcome(4.25, 0, false, true)).toEqual({ amount: -4.25, isPurchase: false }); // C-invoice
  });

  it('property: a purchase never has a negative amount, a non-purchase never a positive one', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 1e6, noNaN: true }), fc.boolean(), fc.boolean(), (gross, refunded, notAPurchase, cancellation) => {
        const outcome = purchaseOutcome(gross, refunded, notAPurchase, cancellation);
        if (outcome.isPurchase) expect(outcome.amount).toBeGreaterThanOrEqual(0);
        else expect(outcome.amount).toBeLessThanOrEqual(0);
        expect(Number.isFinite(outcome.amount)).toBe(true);
      }),
    );
  });
});
