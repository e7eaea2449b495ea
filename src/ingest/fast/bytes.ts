/**
 * Byte helpers of the fast ingest path: UTF-8 validation as the WHATWG decoder (fatal) sees it,
 * byte ranges → strings (metrics/utf8Text.ts), and JavaScript's trim() on the ASCII edges of a byte range.
 */

/**
 * Length of the valid UTF-8 sequence starting at `at` (a byte ≥ 0x80), or 0 when it is invalid
 * (bad lead or continuation byte, overlong form, surrogate, beyond U+10FFFF, cut by `end`).
 */
export function utf8SequenceLength(bytes: Uint8Array, at: number, end: number): number {
  const lead = bytes[at]!;
  let length: number;
  let low = 0x80;
  let high = 0xbf;
  if (lead >= 0xc2 && lead <= 0xdf) length = 2;
  else if (lead >= 0xe0 && lead <= 0xef) {
    length = 3;
    if (lead === 0xe0) low = 0xa0;
    else if (lead === 0xed) high = 0x9f;
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    length = 4;
    if (lead === 0xf0) low = 0x90;
    else if (lead === 0xf4) high = 0x8f;
  } else return 0;
  if (at + length > end) return 0;
  const second = bytes[at + 1]!;
  if (second < low || second > high) return 0;
  for (let i = 2; i < length; i++) {
    const next = bytes[at + i]!;
    if (next < 0x80 || next > 0xbf) return 0;
  }
  return length;
}

export { bytesToString } from '../../metrics/utf8Text';

/** Tab, line feed, vertical tab, form feed, carriage return, space: the ASCII characters trim() removes. */
export function isAsciiSpace(byte: number): boolean {
  return byte === 0x20 || (byte >= 0x09 && byte <= 0x0d);
}
