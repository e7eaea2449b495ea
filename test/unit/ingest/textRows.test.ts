import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lastRowEnd, parseRows, readTextRows, type TextLayout } from '../../../src/ingest/textRows';
import { sniffLayout } from '../../../src/ingest/sniff';
import type { TextEncodingName } from '../../../src/ingest/types';

/** RFC 4180 writer: quote a cell holding the delimiter, a quote, CR or LF (or leading/trailing space). */
function writeCsv(grid: readonly string[][], delimiter: string, newline: string): string {
  const quote = (cell: string): string => (/["\r\n]/.test(cell) || cell.includes(delimiter) || cell !== cell.trim() || cell === '' ? `"${cell.replace(/"/g, '""')}"` : cell);
  return grid.map((row) => row.map(quote).join(delimiter)).join(newline) + newline;
}

/** Reads all rows with their line numbers through the segmenting reader. */
async function readAll(text: string, layout: TextLayout, segmentBytes?: number, bom = false): Promise<{ cells: string[]; line: number }[]> {
  const body = new TextEncoder().encode(text);
  const bytes = bom ? new Uint8Array([0xef, 0xbb, 0xbf, ...body]) : body;
  const rows: { cells: string[]; line: number }[] = [];
  const input = { bytes, encoding: 'utf-8' as TextEncodingName, bomLength: bom ? 3 : 0 };
  const outcome = await readTextRows(input, layout, (cells, line) => void rows.push({ cells, line }), segmentBytes ? { segmentBytes } : {});
  expect(outcome).toBe('done');
  return rows;
}

const cellArbitrary = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', 'b', 'Z', '1', ' ', ',', ';', '"', '\n', '\r\n', 'é', 'ی', '€', '\t', '|') }),
  fc.constantFrom('Mug, large', '12" vinyl', 'He said "hi"', 'line one\nline two', 'x'),
);

describe('CSV tokenising (papaparse, in segments)', () => {
  it('a generated CSV with quotes, embedded delimiters, line breaks, a BOM and CRLF parses to the source grid, with the right line numbers', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 5 }).chain((width) => fc.array(fc.array(cellArbitrary, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 12 })),
        fc.constantFrom(',', ';', '\t', '|') as fc.Arbitrary<',' | ';' | '\t' | '|'>,
        fc.constantFrom('\r\n', '\n') as fc.Arbitrary<'\r\n' | '\n'>,
        fc.integer({ min: 1, max: 64 }),
        fc.boolean(),
        async (grid, delimiter, newline, segmentBytes, bom) => {
          // Rows whose cells are all blank are skipped by design: give every row a visible first cell.
          const source = grid.map((row, i) => [`r${i}`, ...row.slice(1)]);
          const text = writeCsv(source, delimiter, newline);
          const rows = await readAll(text, { type: 'delimited', delimiter, newline }, segmentBytes, bom);
          expect(rows.map((row) => row.cells)).toEqual(source);
          // Line of row i = 1 + line breaks written before it (quoted cells included).
          let line = 1;
          source.forEach((row, i) => {
            expect(rows[i]!.line).toBe(line);
            line += 1 + row.reduce((sum, cell) => sum + (cell.match(/\r\n|\n|\r/g)?.length ?? 0), 0);
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('the same text gives the same rows whatever the segment size', async () => {
    const text = 'id,note\r\n1,"a\r\nb"\r\n2,"x,""y"""\r\n3,plain\r\n';
    const whole = await readAll(text, { type: 'delimited', delimiter: ',', newline: '\r\n' });
    for (let size = 1; size <= text.length; size++) {
      expect(await readAll(text, { type: 'delimited', delimiter: ',', newline: '\r\n' }, size)).toEqual(whole);
    }
    expect(whole).toEqual([
      { cells: ['id', 'note'], line: 1 },
      { cells: ['1', 'a\r\nb'], line: 2 },
      { cells: ['2', 'x,"y"'], line: 4 },
      { cells: ['3', 'plain'], line: 5 },
    ]);
  });

  it('blank lines are skipped but counted', () => {
    const rows: [string[], number][] = [];
    parseRows('a,b\n\n1,2\n,\n3,4', { type: 'delimited', delimiter: ',', newline: '\n' }, 1, (cells, line) => void rows.push([cells, line]));
    expect(rows).toEqual([
      [['a', 'b'], 1],
      [['1', '2'], 3],
      [['3', '4'], 5],
    ]);
  });

  it('lastRowEnd cuts after the last line break outside quotes', () => {
    const layout: TextLayout = { type: 'delimited', delimiter: ',', newline: '\n' };
    expect(lastRowEnd('a,b\n1,"x\ny', layout)).toBe(4);
    expect(lastRowEnd('a,b\n1,"x\ny"\n2,', layout)).toBe(12);
    expect(lastRowEnd('a,b\n1,5" disk\n2', layout)).toBe(14);
    expect(lastRowEnd('no break yet', layout)).toBe(-1);
  });
});

describe('sniffLayout', () => {
  const cases: [string, string, ReturnType<typeof sniffLayout>['layout']][] = [
    ['comma', 'a,b,c\n1,2,3\n4,5,6\n', { type: 'delimited', delimiter: ',', newline: '\n' }],
    ['semicolon with decimal commas', 'a;b;c\r\n1,5;2,5;3\r\n4;5,25;6\r\n', { type: 'delimited', delimiter: ';', newline: '\r\n' }],
    ['tab', 'a\tb\tc\n1\t2,5\t3\n', { type: 'delimited', delimiter: '\t', newline: '\n' }],
    ['pipe', 'a|b|c\n1|2|3\n', { type: 'delimited', delimiter: '|', newline: '\n' }],
    ['comma with quoted commas and semicolons', 'a,b,c\n"x;y",2,"p,q"\n"z;w",3,"r,s"\n', { type: 'delimited', delimiter: ',', newline: '\n' }],
    ['whitespace (CDNOW)', ' 00004 0001 19970101  2   29.33\r\n 00004 0001 19970118  2   29.73\r\n', { type: 'whitespace', newline: '\r\n' }],
    ['old Mac line breaks', 'a,b\r1,2\r', { type: 'delimited', delimiter: ',', newline: '\r' }],
    ["Excel's sep= hint", 'sep=|\r\na,b|c\r\n1,5|2\r\n', { type: 'delimited', delimiter: '|', newline: '\r\n' }],
  ];
  for (const [name, text, layout] of cases) {
    it(name, () => expect(sniffLayout(text).layout).toEqual(layout));
  }
});
