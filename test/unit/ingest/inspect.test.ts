import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { headerSignature, inspectBytes } from '../../../src/ingest/index';
import type { FileInspection, IngestFailure } from '../../../src/ingest/types';
import { fixtureBytes } from './helpers';

function inspection(result: FileInspection | IngestFailure): FileInspection {
  if (!result.ok) expect.fail(result.message);
  return result;
}

describe('inspectBytes (the mapping screen)', () => {
  it('a generic orders file: kind, preset, header, mapping, first rows, encoding, delimiter', async () => {
    const result = inspection(await inspectBytes(fixtureBytes('generic-line-items-refunds-guest.csv'), { fileName: 'orders.csv' }));
    expect(result).toMatchObject({
      kind: 'orders',
      preset: 'generic',
      hasHeader: true,
      header: ['order_id', 'customer_id', 'order_date', 'product', 'quantity', 'unit_price', 'amount', 'cost', 'status', 'channel', 'country'],
      encoding: 'utf-8',
      delimiter: ',',
      compression: null,
      sheetNames: [],
      sheet: null,
      dateColumn: 'order_date',
      dateOrder: null,
      dateFormats: ['iso'],
      sideMapping: null,
    });
    expect(result.mapping?.customerId).toBe('customer_id');
    expect(result.sampleRows).toHaveLength(7);
    expect(result.sampleRows[0]).toEqual(['A1', 'C1', '2024-01-05', 'Mug', '2', '10.00', '20.00', '12.00', 'paid', 'email', 'US']);
  });

  it('the first 10 data rows only', async () => {
    const text = 'order_id,customer_id,order_date,amount\n' + Array.from({ length: 30 }, (_, i) => `${i},c,2024-01-01,1\n`).join('');
    const result = inspection(await inspectBytes(new TextEncoder().encode(text), { fileName: 'a.csv' }));
    expect(result.sampleRows.map((row) => row[0])).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
  });

  it("day/month order: 'ambiguous' so the UI asks, or what the data decides", async () => {
    expect(inspection(await inspectBytes(fixtureBytes('dates-ambiguous-order.csv'), { fileName: 'a.csv' })).dateOrder).toBe('ambiguous');
    expect(inspection(await inspectBytes(fixtureBytes('dates-day-first.csv'), { fileName: 'a.csv' })).dateOrder).toBe('dmy');
    expect(inspection(await inspectBytes(fixtureBytes('dates-month-first.csv'), { fileName: 'a.csv' })).dateOrder).toBe('mdy');
  });

  it('workbooks list their sheets; the preset and its reason are shown', async () => {
    const result = inspection(await inspectBytes(fixtureBytes('online-retail-date-cells.xlsx'), { fileName: 'retail.xlsx' }));
    expect(result).toMatchObject({ kind: 'orders', preset: 'online-retail', sheetNames: ['Notes', 'Online Retail'], sheet: 'Online Retail', encoding: null, delimiter: null });
    expect(result.presetReason).toContain('UCI Online Retail');
  });

  it('side files show their own mapping', async () => {
    const result = inspection(await inspectBytes(fixtureBytes('surveys-three-kinds.csv'), { fileName: 'surveys.csv' }));
    expect(result).toMatchObject({ kind: 'surveys', preset: null, mapping: null, sideMapping: { score: 'score', customerId: 'customer_id', date: 'submitted_at', surveyKind: 'survey', comment: 'comment' } });
  });

  it('CDNOW: no header, synthetic column names, whitespace layout', async () => {
    const result = inspection(await inspectBytes(fixtureBytes('cdnow-first-20-transactions.txt'), { fileName: 'CDNOW_sample.txt' }));
    expect(result).toMatchObject({ preset: 'cdnow', hasHeader: false, header: ['master_id', 'customer_id', 'date', 'cds', 'dollars'], delimiter: 'whitespace' });
  });

  it('a missing essential column is a note, not a failure (the user can map it)', async () => {
    const result = inspection(await inspectBytes(fixtureBytes('no-date-column.csv'), { fileName: 'n.csv' }));
    expect(result.notes.join(' ')).toContain('no column looks like an order date');
  });

  it('binary files fail as in ingest', async () => {
    const result = await inspectBytes(fixtureBytes('one-pixel.png'), { fileName: 'p.png' });
    expect(result.ok).toBe(false);
  });
});

describe('headerSignature', () => {
  it('ignores case, spacing, punctuation and column order; differs for other columns', () => {
    const signature = headerSignature(['Order ID', 'Customer', 'Created at']);
    expect(headerSignature(['created_at', 'order_id', 'CUSTOMER'])).toBe(signature);
    expect(headerSignature(['Order ID', 'Customer', 'Created'])).not.toBe(signature);
    expect(signature).toMatch(/^h1-3-[0-9a-f]{14}$/);
  });

  it('property: any permutation of a header has the same signature', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.stringMatching(/^[a-z]{1,8}$/), { minLength: 1, maxLength: 12 }), fc.integer(), (names, seed) => {
        const shuffled = [...names].sort((a, b) => ((Math.imul(a.length + seed, 31) ^ a.charCodeAt(0)) - (Math.imul(b.length + seed, 31) ^ b.charCodeAt(0))));
        expect(headerSignature(shuffled)).toBe(headerSignature(names));
      }),
    );
  });
});
