import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { guessEncoding, legacyEncoding } from '../../../src/ingest/encoding';
import { ingestBytes } from '../../../src/ingest/index';
import { asOrders, fixtureBytes, ingestFixture, readableRows } from './helpers';

function utf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const bytes: number[] = bom ? (endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (endian === 'le') bytes.push(code & 0xff, code >> 8);
    else bytes.push(code >> 8, code & 0xff);
  }
  return new Uint8Array(bytes);
}

describe('guessEncoding', () => {
  it('byte order marks', () => {
    expect(guessEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toMatchObject({ encoding: 'utf-8', bomLength: 3 });
    expect(guessEncoding(new Uint8Array([0xff, 0xfe, 0x61, 0x00]))).toMatchObject({ encoding: 'utf-16le', bomLength: 2 });
    expect(guessEncoding(new Uint8Array([0xfe, 0xff, 0x00, 0x61]))).toMatchObject({ encoding: 'utf-16be', bomLength: 2 });
  });

  it('UTF-16 without a mark from the NUL pattern', () => {
    expect(guessEncoding(utf16('order_id,amount\n1,2\n', 'le', false)).encoding).toBe('utf-16le');
    expect(guessEncoding(utf16('order_id,amount\n1,2\n', 'be', false)).encoding).toBe('utf-16be');
  });

  it('valid UTF-8 stays UTF-8; invalid bytes fall back to a Windows code page', () => {
    expect(guessEncoding(new TextEncoder().encode('café,مریم\n')).encoding).toBe('utf-8');
    expect(guessEncoding(new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a])).encoding).toBe('windows-1252');
  });

  it('Windows-1256 when the high bytes come in runs (Arabic-script words) or a Persian-only letter appears', () => {
    // "مريم" in Windows-1256 is E3 D1 ED E3: a run of four high bytes.
    expect(legacyEncoding(new Uint8Array([0x61, 0x2c, 0xe3, 0xd1, 0xed, 0xe3, 0x0a]))).toBe('windows-1256');
    // 0x81 is پ in Windows-1256 and undefined in Windows-1252.
    expect(legacyEncoding(new Uint8Array([0x81, 0x61]))).toBe('windows-1256');
    // "Müller, Genève": lone high bytes between ASCII letters.
    expect(legacyEncoding(new Uint8Array([0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x2c, 0x47, 0x65, 0x6e, 0xe8, 0x76, 0x65]))).toBe('windows-1252');
  });
});

describe('decoding fixtures', () => {
  it('Windows-1252 accents', async () => {
    const result = asOrders(await ingestFixture('windows-1252-accents.csv'));
    expect(result.notes[0]).toContain('windows-1252');
    expect(result.table.customerIds).toEqual(['müller@example.com', 'C-Ødegård', 'renée', 'josé']);
    expect(result.table.attributes[0]!.values).toEqual(['München', 'Besançon', 'Genève', 'São Paulo']);
  });

  it('Windows-1256 Persian names and Solar Hijri dates', async () => {
    const result = asOrders(await ingestFixture('windows-1256-persian.csv'));
    expect(result.notes[0]).toContain('windows-1256');
    // Windows-1256 has the Arabic yeh (ي) for Persian ی.
    expect(result.table.customerIds).toEqual(['مريم', 'پيمان', 'ژاله']);
    // 1403/01/15 = 2024-04-03; 1403/04/10 = 2024-06-30.
    expect(readableRows(result.table).map((row) => row.day)).toEqual(['2024-04-03', '2024-05-09', '2024-05-25', '2024-06-30']);
  });

  it('Excel "Unicode text" (UTF-16 LE with BOM, tab-separated), UTF-16 BE with BOM, UTF-16 LE without BOM read alike', async () => {
    const expected = [
      { order: 'U1', customer: 'C1', day: '2024-01-02', amount: 10, purchase: true },
      { order: 'U2', customer: 'C2', day: '2024-01-03', amount: 20, purchase: true },
      { order: 'U3', customer: 'C1', day: '2024-01-04', amount: 5.5, purchase: true },
    ];
    for (const name of ['utf16le-excel-unicode-text.txt', 'utf16be-bom.csv', 'utf16le-no-bom.txt']) {
      const result = asOrders(await ingestFixture(name));
      expect(readableRows(result.table)).toEqual(expected);
      expect(result.table.attributes[0]!.values).toEqual(['Zürich', 'الرياض', '東京']);
    }
  });

  it('a file valid UTF-8 in its first 64 KiB but not later is re-read in a Windows code page', async () => {
    const head = 'order_id,customer_id,order_date,amount\n' + 'O,C1,2024-01-02,1.00\n'.repeat(4000);
    const bytes = new Uint8Array([...new TextEncoder().encode(head), ...[0x4f, 0x2c, 0x4a, 0x6f, 0x73, 0xe9, 0x2c], ...new TextEncoder().encode('2024-01-03,2.00\n')]);
    const result = asOrders(await ingestBytes(bytes, { fileName: 'late-latin1.csv' }));
    expect(result.table.customerIds).toEqual(['C1', 'José']);
    expect(result.notes.join(' ')).toContain('not valid UTF-8');
  });
});

describe('UTF-16 property', () => {
  it('a UTF-8 CSV encoded as UTF-16 LE or BE with a BOM gives the same rows', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.stringMatching(/^[A-Za-z0-9]{1,6}$/), fc.constantFrom('Zürich', 'تهران', '東京', 'a,b', 'x"y', 'plain'), fc.integer({ min: 0, max: 100000 })), { minLength: 1, maxLength: 8 }),
        fc.constantFrom('le', 'be') as fc.Arbitrary<'le' | 'be'>,
        async (rows, endian) => {
          const quote = (cell: string): string => (/[",]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
          const text = 'order_id,customer_id,order_date,amount,city\r\n' + rows.map(([customer, city, cents], i) => `o${i},${customer},2024-01-02,${(cents / 100).toFixed(2)},${quote(city)}`).join('\r\n') + '\r\n';
          const fromUtf8 = asOrders(await ingestBytes(new TextEncoder().encode(text), { fileName: 'a.csv' }));
          const fromUtf16 = asOrders(await ingestBytes(utf16(text, endian, true), { fileName: 'a.csv' }));
          expect(readableRows(fromUtf16.table)).toEqual(readableRows(fromUtf8.table));
          expect(fromUtf16.table.attributes).toEqual(fromUtf8.table.attributes);
        },
      ),
      { numRuns: 50 },
    );
  });
});

it('fixture bytes are what the generator wrote (a UTF-16 LE BOM)', () => {
  expect([...fixtureBytes('utf16le-excel-unicode-text.txt').subarray(0, 2)]).toEqual([0xff, 0xfe]);
});
