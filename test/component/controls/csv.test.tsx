/**
 * toCsv: RFC 4180 quoting and formula-injection neutralising (OWASP "CSV Injection"), checked on
 * worked examples and with properties: a cell a spreadsheet would run never starts a field, and
 * an RFC 4180 reader gets the cells back (with the apostrophe where one was added).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { csvField, neutraliseFormula, toCsv, type CsvCell } from '../../../src/ui/export/csv';
import { fileSlug } from '../../../src/ui/export/download';

/** A small RFC 4180 reader for the round-trip property (quoted fields, doubled quotes, CRLF). */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe('neutraliseFormula', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@cmd', "'@cmd"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['alice@example.com', 'alice@example.com'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(neutraliseFormula(input)).toBe(expected);
  });
});

describe('toCsv', () => {
  it('writes a header, CRLF line ends, quotes where needed, numbers as numbers and blanks for null/NaN', () => {
    const rows = [
      { id: 'C1', name: 'Smith, Jane', note: 'said "hi"', revenue: 120.5 },
      { id: '=HYPERLINK("http://x")', name: 'multi\nline', note: '-', revenue: -30 },
      { id: 'C3', name: '', note: '+', revenue: Number.NaN },
    ];
    const csv = toCsv(rows, [
      { header: 'Customer', value: (r) => r.id },
      { header: 'Name', value: (r) => r.name },
      { header: 'Note', value: (r) => r.note },
      { header: 'Revenue', value: (r) => r.revenue },
      { header: 'Margin', value: () => null },
    ]);
    expect(csv).toBe(
      'Customer,Name,Note,Revenue,Margin\r\n' +
        'C1,"Smith, Jane","said ""hi""",120.5,\r\n' +
        // The formula gets its apostrophe, then quoting for the quotes inside; a refund stays the number -30.
        `"'=HYPERLINK(""http://x"")","multi\nline",'-,-30,\r\n` +
        "C3,,'+,,\r\n",
    );
  });

  it('writes only the header for no rows', () => {
    expect(toCsv([], [{ header: 'A', value: (r: { a: string }) => r.a }])).toBe('A\r\n');
  });

  it('never lets a string cell start with a formula character, and reads back to the cells (property)', () => {
    const cell = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 12 }), fc.constantFrom('=1+1', '-3', '@x', '\tx', '\rx', '"', ',', '\r\n'));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { maxLength: 8 }), (rows) => {
        const csv = toCsv(rows, [
          { header: 'first', value: (r) => r[0]! },
          { header: 'second', value: (r) => r[1]! },
        ]);
        const read = readCsv(csv);
        expect(read).toEqual([['first', 'second'], ...rows.map((r) => r.map(neutraliseFormula))]);
        for (const line of read.slice(1)) for (const field of line) expect(field).not.toMatch(/^[=+\-@\t\r]/);
      }),
      { numRuns: 300 },
    );
  });

  it('writes finite numbers so that they read back as the same number (property)', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const field = csvField(value as CsvCell);
        expect(Number(field)).toBe(value === 0 ? 0 : value);
      }),
    );
  });
});

describe('fileSlug', () => {
  it('makes a file name from a label', () => {
    expect(fileSlug('Average retention curve (weighted by cohort size)')).toBe('average-retention-curve-weighted-by-cohort-size');
    expect(fileSlug('مشتریان ۱۴۰۳')).toBe('مشتریان-۱۴۰۳');
    expect(fileSlug('***')).toBe('export');
  });
});
