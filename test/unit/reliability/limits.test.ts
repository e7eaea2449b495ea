/** The limits checked before the parse (rows, columns, bytes), and running out of memory as a message. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ingestBytes } from '../../../src/ingest/index';
import { countLineBreaks, isAllocationFailure, MAX_ROWS, mayHaveTooManyRows, tooManyRows } from '../../../src/ingest/limits';
import { checkSize } from '../../../src/ingest/decode';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** `order_id,…` then `rows` lines of "1\n" (2 bytes each): a file of exactly that many data lines. */
function fileOfRows(rows: number): Uint8Array {
  const header = encode('order_id,customer_id,order_date,amount\n');
  const bytes = new Uint8Array(header.length + rows * 2);
  bytes.set(header);
  bytes.fill(0x31, header.length);
  for (let i = header.length + 1; i < bytes.length; i += 2) bytes[i] = 0x0a;
  return bytes;
}

describe('row limit', () => {
  it('counts LF, CRLF and CR-only line ends, and stops counting past the limit', () => {
    expect(countLineBreaks(encode('a\nb\nc\n'))).toBe(3);
    expect(countLineBreaks(encode('a\r\nb\r\nc'))).toBe(2);
    expect(countLineBreaks(encode('a\rb\rc\r'))).toBe(3);
    expect(countLineBreaks(encode(''))).toBe(0);
    expect(countLineBreaks(encode('\n'.repeat(100)), 10)).toBe(11);
  });

  it('counts four bytes at a time as one at a time would, at any alignment and with any bytes around', () => {
    const bytes = fc.uint8Array({ maxLength: 300 }).map((array) => array.map((b) => (b % 4 === 0 ? 0x0a : b % 4 === 1 ? 0x0d : b)));
    fc.assert(
      fc.property(bytes, fc.nat(7), fc.nat(120), (array, offset, stopAfter) => {
        const view = array.subarray(Math.min(offset, array.length)); // any byteOffset, so any alignment
        const lf = view.filter((b) => b === 0x0a).length;
        const cr = view.filter((b) => b === 0x0d).length;
        const expected = Math.min(lf > 0 ? lf : cr, stopAfter + 1);
        expect(countLineBreaks(view, stopAfter)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('counts only files big enough to hold more rows than the limit (two bytes a row at least)', () => {
    expect(mayHaveTooManyRows(40_000_002)).toBe(false);
    expect(mayHaveTooManyRows(40_000_003)).toBe(true);
  });

  it('accepts the header plus MAX_ROWS data lines and refuses one more', () => {
    expect(MAX_ROWS).toBe(20_000_000);
    expect(tooManyRows(MAX_ROWS + 1)).toBe(false);
    expect(tooManyRows(MAX_ROWS + 2)).toBe(true);
  });

  it('refuses a file of more than 20 million rows before parsing it, naming the file', { timeout: 30_000 }, async () => {
    const result = await ingestBytes(fileOfRows(MAX_ROWS + 1), { fileName: 'huge.csv' });
    expect(result).toEqual({
      ok: false,
      fileName: 'huge.csv',
      message: 'huge.csv: the file has more than 20,000,000 rows; we read at most that many in a browser tab. Split it into smaller files (for example one per year) and load them together.',
    });
  });

  it('refuses a file over 1 GiB from its size alone', () => {
    expect(checkSize('big.csv', 1024 ** 3 + 1)?.message).toBe(
      'big.csv: the file (1.0 GiB) is larger than the 1 GiB we can read in a browser tab; split it into smaller files (for example one per year) and load them together, or use the command line.',
    );
    expect(checkSize('ok.csv', 1024 ** 3)).toBeNull();
  });
});

describe('allocation failures', () => {
  it('recognises the RangeErrors a failed allocation throws, and nothing else', () => {
    const failures: unknown[] = [];
    for (const allocate of [() => new ArrayBuffer(Number.MAX_SAFE_INTEGER), () => 'x'.repeat(2 ** 30), () => new Float64Array(2 ** 53)]) {
      try {
        allocate();
      } catch (error) {
        failures.push(error);
      }
    }
    expect(failures).toHaveLength(3);
    for (const error of failures) expect(isAllocationFailure(error), String(error)).toBe(true);

    const overflow = (() => {
      const recurse = (n: number): number => recurse(n + 1) + 1;
      try {
        recurse(0);
      } catch (error) {
        return error;
      }
      return null;
    })();
    expect(overflow).toBeInstanceOf(RangeError);
    expect(isAllocationFailure(overflow)).toBe(false); // a stack overflow is a bug, not a big file
    expect(isAllocationFailure(new Error('Array buffer allocation failed'))).toBe(false);
  });
});
