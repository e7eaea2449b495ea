import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { neutraliseFormula, RejectCollector, rejectReportCsv } from '../../../src/ingest/rejects';
import { asOrders, ingestText } from './helpers';

describe('reject report', () => {
  it('totals stay exact while the kept rows are capped', () => {
    const collector = new RejectCollector(3);
    for (let line = 2; line < 12; line++) collector.add(line, 'customer_id', '', line % 2 ? 'missing-customer-id' : 'unreadable-date');
    const report = collector.report();
    // Lines 2…11: odd lines 3,5,7,9,11 → 5 missing ids; even 2,4,6,8,10 → 5 dates.
    expect(report.total).toBe(10);
    expect(report.byReason).toEqual({ 'unreadable-date': 5, 'missing-customer-id': 5 });
    expect(report.rows.map((row) => row.line)).toEqual([2, 3, 4]);
  });

  it('CSV download: header, RFC 4180 quoting, formulas neutralised', () => {
    const csv = rejectReportCsv({
      total: 4,
      byReason: { 'unreadable-amount': 3, 'missing-customer-id': 1 },
      rows: [
        { line: 2, column: 'amount', value: '=HYPERLINK("http://x")', reason: 'unreadable-amount' },
        { line: 3, column: 'amount', value: '-1+1', reason: 'unreadable-amount' },
        { line: 4, column: 'amount', value: '12,5 "approx"', reason: 'unreadable-amount' },
        { line: 5, column: null, value: '@SUM(A1)', reason: 'missing-customer-id' },
      ],
    });
    expect(csv).toBe(
      'line,column,value,reason\r\n' +
        `2,amount,"'=HYPERLINK(""http://x"")",unreadable-amount\r\n` +
        "3,amount,'-1+1,unreadable-amount\r\n" +
        '4,amount,"12,5 ""approx""",unreadable-amount\r\n' +
        "5,,'@SUM(A1),missing-customer-id\r\n",
    );
  });

  it('property: the CSV parses back to the neutralised values', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ line: fc.nat(), value: fc.string(), column: fc.option(fc.string(), { nil: null }) }), { maxLength: 20 }), (rows) => {
        const report = { total: rows.length, byReason: { other: rows.length }, rows: rows.map((row) => ({ ...row, reason: 'other' as const })) };
        const parsed = Papa.parse<string[]>(rejectReportCsv(report), { newline: '\r\n' }).data.slice(1, rows.length + 1);
        expect(parsed).toEqual(rows.map((row) => [String(row.line), neutraliseFormula(row.column ?? ''), neutraliseFormula(row.value), 'other']));
        for (const [, column, value] of parsed) {
          expect(/^[=+\-@\t\r]/.test(column!)).toBe(false);
          expect(/^[=+\-@\t\r]/.test(value!)).toBe(false);
        }
      }),
    );
  });

  it('a whole file: every row is either in the table or in the report, never both, never neither', async () => {
    const text = 'order_id,customer_id,order_date,amount\n1,a,2024-01-01,5\n2,,2024-01-02,5\n3,c,never,5\n4,d,2024-01-04,five\n,e,2024-01-05,5\n6,f,2024-01-06,5\n';
    const result = asOrders(await ingestText(text));
    expect(result.rowsRead).toBe(6);
    expect(result.table.length + result.rejects.total).toBe(6);
    expect(result.rejects.byReason).toEqual({ 'missing-customer-id': 1, 'unreadable-date': 1, 'unreadable-amount': 1, 'missing-order-id': 1 });
    expect(result.rejects.rows.map((row) => [row.line, row.column, row.value])).toEqual([
      [3, 'customer_id', ''],
      [4, 'order_date', 'never'],
      [5, 'amount', 'five'],
      [6, 'order_id', ''],
    ]);
  });
});
