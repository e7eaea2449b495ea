import { describe, expect, it } from 'vitest';
import { matchPreset } from '../../../src/ingest/presets';
import { asOrders, ingestFixture, readableRows } from './helpers';

describe('preset recognition from the header (any case or spacing)', () => {
  it('recognises each export and falls back to generic', () => {
    expect(matchPreset(['Name', 'Email', 'Financial Status', 'Created at', 'Lineitem quantity', 'Total'])).toBe('shopify');
    expect(matchPreset(['name', 'EMAIL', 'financial_status', 'CREATED_AT', 'lineitem_name'])).toBe('shopify');
    expect(matchPreset(['Order Number', 'Order Date', 'Order Status', 'Order Total', 'Billing Email'])).toBe('woocommerce');
    expect(matchPreset(['id', 'Created date (UTC)', 'Amount', 'Amount Refunded', 'Status'])).toBe('stripe');
    expect(matchPreset(['Invoice', 'StockCode', 'Description', 'Quantity', 'InvoiceDate', 'Price', 'Customer ID', 'Country'])).toBe('online-retail');
    expect(matchPreset(['order_id', 'customer_id', 'order_date', 'amount'])).toBeNull();
  });
});

describe('Shopify orders export', () => {
  it('groups line items, reads order totals from the first line, refunds, voids, cancellations and zones', async () => {
    const result = asOrders(await ingestFixture('shopify-line-items-refunds-zones.csv'));
    expect(result.preset).toBe('shopify');
    expect(result.mapping).toMatchObject({ orderId: 'Name', customerId: 'Email', date: 'Created at', amount: 'Total', status: 'Financial Status', refundedAmount: 'Refunded Amount', cancelledAt: 'Cancelled at' });
    expect(readableRows(result.table)).toEqual([
      // #1001: Total 54.00 on line 1 (line 2 has no Total); 10:15 −05:00 = 15:15 UTC, same day.
      { order: '#1001', customer: 'alice@example.com', day: '2024-01-05', amount: 54, purchase: true },
      // #1002: refunded → not a purchase, 0.
      { order: '#1002', customer: 'bob@example.com', day: '2024-01-06', amount: 0, purchase: false },
      // #1003: partially_refunded, Total 80 − Refunded Amount 20 = 60.
      { order: '#1003', customer: 'alice@example.com', day: '2024-02-10', amount: 60, purchase: true },
      // #1004: 2024-03-01 22:30 −05:00 = 2024-03-02 03:30 UTC.
      { order: '#1004', customer: 'carol@example.com', day: '2024-03-02', amount: 25, purchase: true },
      // #1005: voided; #1006: paid but Cancelled at is set.
      { order: '#1005', customer: 'dave@example.com', day: '2024-03-03', amount: 0, purchase: false },
      { order: '#1006', customer: 'erin@example.com', day: '2024-03-04', amount: 0, purchase: false },
    ]);
    // #1007 (line 10) has no e-mail: a guest checkout, reported and excluded.
    expect(result.rejects).toEqual({ total: 1, byReason: { 'missing-customer-id': 1 }, rows: [{ line: 10, column: 'Email', value: '', reason: 'missing-customer-id' }] });
    expect(result.rowsRead).toBe(9);
    const currency = result.table.attributes.find((a) => a.name === 'Currency')!;
    expect(currency.values).toEqual(['USD', 'EUR']);
  });
});

describe('WooCommerce orders export', () => {
  it('reads wc- statuses, guests with a billing e-mail, and an order total repeated on line items once', async () => {
    const result = asOrders(await ingestFixture('woocommerce-statuses-guest-line-items.csv'));
    expect(result.preset).toBe('woocommerce');
    expect(readableRows(result.table)).toEqual([
      { order: '101', customer: '5', day: '2024-01-03', amount: 45, purchase: true },
      { order: '102', customer: '6', day: '2024-01-04', amount: 30, purchase: true },
      { order: '103', customer: '5', day: '2024-01-05', amount: 0, purchase: false }, // wc-refunded
      { order: '104', customer: '7', day: '2024-01-06', amount: 0, purchase: false }, // wc-cancelled
      { order: '105', customer: '8', day: '2024-01-07', amount: 0, purchase: false }, // wc-failed
      // Customer User 0 is a guest: the billing e-mail (lower-cased) identifies them.
      { order: '106', customer: 'guest@example.com', day: '2024-01-08', amount: 20, purchase: true },
      { order: '107', customer: '6', day: '2024-01-09', amount: 12.5, purchase: true }, // wc-on-hold still counts
      // Two line items each repeating Order Total 50.00: the order counts 50 once, not 100.
      { order: '108', customer: '5', day: '2024-01-10', amount: 50, purchase: true },
    ]);
    expect(result.rejects.total).toBe(0);
  });
});

describe('Stripe payments export', () => {
  it('nets refunds, drops failed payments, falls back to the customer e-mail', async () => {
    const result = asOrders(await ingestFixture('stripe-payments-refunds-failed.csv'));
    expect(result.preset).toBe('stripe');
    expect(readableRows(result.table)).toEqual([
      { order: 'ch_3Oa01', customer: 'cus_A1', day: '2024-01-10', amount: 25, purchase: true },
      { order: 'ch_3Oa02', customer: 'cus_A1', day: '2024-02-11', amount: 25, purchase: true }, // 40 − 15 refunded
      { order: 'ch_3Oa03', customer: 'cus_B2', day: '2024-02-12', amount: 0, purchase: false }, // Refunded
      { order: 'ch_3Oa04', customer: 'cus_C3', day: '2024-02-13', amount: 0, purchase: false }, // Failed
      { order: 'ch_3Oa05', customer: 'dee@example.com', day: '2024-03-01', amount: 18.5, purchase: true },
    ]);
    expect(result.rejects.rows).toEqual([{ line: 7, column: 'Customer ID', value: '', reason: 'missing-customer-id' }]);
  });
});

describe('UCI Online Retail', () => {
  it('Quantity × UnitPrice per line, C-invoices as refunds, blank CustomerID rejected, mm/dd decided by 12/13', async () => {
    const result = asOrders(await ingestFixture('online-retail-cancellations-guests.csv'));
    expect(result.preset).toBe('online-retail');
    expect(readableRows(result.table)).toEqual([
      { order: '540001', customer: '12001', day: '2010-12-01', amount: 23.5, purchase: true }, // 6 × 2.50 + 2 × 4.25
      { order: '540002', customer: '12002', day: '2010-12-03', amount: 10.2, purchase: true }, // 12 × 0.85
      { order: 'C540004', customer: '12001', day: '2010-12-14', amount: -4.25, purchase: false }, // −1 × 4.25
      { order: '540005', customer: '12002', day: '2011-01-04', amount: 19.2, purchase: true }, // 4 × 3.75 + 10 × 0.42; "12002.0" → "12002"
    ]);
    expect(result.rejects.rows).toEqual([{ line: 5, column: 'CustomerID', value: '', reason: 'missing-customer-id' }]);
    expect(result.table.attributes.map((a) => a.name)).toEqual(['Country']);
    expect(result.notes.join(' ')).toContain('mm/dd/yyyy');
  });

  it('the same layout from a workbook with real date cells', async () => {
    const result = asOrders(await ingestFixture('online-retail-date-cells.xlsx'));
    expect(result.preset).toBe('online-retail');
    expect(readableRows(result.table)).toEqual([
      { order: '540001', customer: '12001', day: '2010-12-01', amount: 23.5, purchase: true },
      { order: '540002', customer: '12002', day: '2010-12-03', amount: 10.2, purchase: true },
      { order: 'C540004', customer: '12001', day: '2010-12-14', amount: -4.25, purchase: false },
    ]);
    // The workbook's first sheet "Notes" is empty: the first sheet with data is read.
    expect(result.notes[0]).toContain('"Online Retail"');
    expect(result.rejects.rows).toEqual([{ line: 6, column: 'CustomerID', value: '', reason: 'missing-customer-id' }]);
  });
});

describe('CDNOW (whitespace-separated, no header)', () => {
  it('one order per row; the sample id is the customer', async () => {
    const result = asOrders(await ingestFixture('cdnow-first-20-transactions.txt'));
    expect(result.preset).toBe('cdnow');
    const rows = readableRows(result.table);
    expect(rows).toHaveLength(20);
    // Line 1: " 00004 0001 19970101  2   29.33"
    expect(rows[0]).toEqual({ order: 'cdnow-first-20-transactions.txt:1', customer: '1', day: '1997-01-01', amount: 29.33, purchase: true });
    expect(result.table.customerIds.slice(0, 3)).toEqual(['1', '2', '3']);
  });
});
