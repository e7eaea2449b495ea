/**
 * UTF-8 byte ranges → strings, fast for the short ASCII keys (order numbers, codes) most ids are.
 * Used by the fast ingest path and by the order-id list (orderIds.ts), which keeps ids as bytes.
 */

const utf8 = new TextDecoder('utf-8');
/** For ASCII bytes only (where windows-1252, which browsers call latin1, is ASCII): its fast path. */
const ascii = new TextDecoder('latin1');

/** The text of bytes[start, end) (valid UTF-8: the scanner checked every sequence). */
export function bytesToString(bytes: Uint8Array, start: number, end: number): string {
  for (let i = start; i < end; i++) if (bytes[i]! >= 0x80) return utf8.decode(bytes.subarray(start, end));
  // Short ASCII keys (order numbers, codes) are most of them: one call, no decoder round trip.
  switch (end - start) {
    case 0:
      return '';
    case 1:
      return String.fromCharCode(bytes[start]!);
    case 2:
      return String.fromCharCode(bytes[start]!, bytes[start + 1]!);
    case 3:
      return String.fromCharCode(bytes[start]!, bytes[start + 1]!, bytes[start + 2]!);
    case 4:
      return String.fromCharCode(bytes[start]!, bytes[start + 1]!, bytes[start + 2]!, bytes[start + 3]!);
    case 5:
      return String.fromCharCode(bytes[start]!, bytes[start + 1]!, bytes[start + 2]!, bytes[start + 3]!, bytes[start + 4]!);
    case 6:
      return String.fromCharCode(bytes[start]!, bytes[start + 1]!, bytes[start + 2]!, bytes[start + 3]!, bytes[start + 4]!, bytes[start + 5]!);
    case 7:
      return String.fromCharCode(bytes[start]!, bytes[start + 1]!, bytes[start + 2]!, bytes[start + 3]!, bytes[start + 4]!, bytes[start + 5]!, bytes[start + 6]!);
    case 8:
      return String.fromCharCode(bytes[start]!, bytes[start + 1]!, bytes[start + 2]!, bytes[start + 3]!, bytes[start + 4]!, bytes[start + 5]!, bytes[start + 6]!, bytes[start + 7]!);
    default:
      return ascii.decode(bytes.subarray(start, end));
  }
}
