/**
 * Text encoding from the first bytes:
 * 1. A byte order mark: EF BB BF → UTF-8, FF FE → UTF-16 LE, FE FF → UTF-16 BE.
 * 2. No mark but a NUL in every other byte (Excel's "Unicode text" saved without one) → UTF-16 LE/BE.
 * 3. Valid UTF-8 → UTF-8.
 * 4. Otherwise a Windows code page: 1256 (Arabic/Persian) or 1252 (Western European). Heuristic:
 *    1256 when a byte that only 1256 uses for a letter appears (81 پ, 8D چ, 8E ژ, 90 گ: undefined in
 *    1252), or when most high bytes (≥ 60 %, at least 4) sit next to another high byte: Arabic-script
 *    words are runs of high bytes, while Western text has lone accented letters between ASCII ones.
 */
import type { TextEncodingName } from './types';

export interface EncodingGuess {
  encoding: TextEncodingName;
  /** Length of the byte order mark to skip. */
  bomLength: number;
  reason: string;
}

const PERSIAN_ONLY_BYTES = new Set([0x81, 0x8d, 0x8e, 0x90]);

function hasUtf16NulPattern(sample: Uint8Array, nulAtOdd: boolean): boolean {
  const pairs = Math.floor(Math.min(sample.length, 4096) / 2);
  if (pairs < 2) return false;
  let matching = 0;
  for (let i = 0; i < pairs; i++) {
    const even = sample[2 * i]!;
    const odd = sample[2 * i + 1]!;
    if (nulAtOdd ? odd === 0 && even !== 0 : even === 0 && odd !== 0) matching++;
  }
  return matching / pairs >= 0.6;
}

/** True when the bytes are valid UTF-8 (a multi-byte sequence cut at the end is allowed). */
export function isValidUtf8(sample: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** The Windows code page that fits the high bytes best (see the heuristic above). */
export function legacyEncoding(bytes: Uint8Array): 'windows-1252' | 'windows-1256' {
  let high = 0;
  let clustered = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (byte < 0x80) continue;
    if (PERSIAN_ONLY_BYTES.has(byte)) return 'windows-1256';
    high++;
    if ((bytes[i - 1] ?? 0) >= 0x80 || (bytes[i + 1] ?? 0) >= 0x80) clustered++;
  }
  return high >= 4 && clustered / high >= 0.6 ? 'windows-1256' : 'windows-1252';
}

/** Guesses the encoding from the first bytes (the sniff window). */
export function guessEncoding(sample: Uint8Array): EncodingGuess {
  const [b0, b1, b2] = [sample[0], sample[1], sample[2]];
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: 'utf-8', bomLength: 3, reason: 'UTF-8 byte order mark' };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf-16le', bomLength: 2, reason: 'UTF-16 LE byte order mark' };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', bomLength: 2, reason: 'UTF-16 BE byte order mark' };
  if (hasUtf16NulPattern(sample, true)) return { encoding: 'utf-16le', bomLength: 0, reason: 'NUL in every other byte (UTF-16 LE without a mark)' };
  if (hasUtf16NulPattern(sample, false)) return { encoding: 'utf-16be', bomLength: 0, reason: 'NUL in every other byte (UTF-16 BE without a mark)' };
  if (isValidUtf8(sample)) return { encoding: 'utf-8', bomLength: 0, reason: 'valid UTF-8' };
  const encoding = legacyEncoding(sample);
  return { encoding, bomLength: 0, reason: `not valid UTF-8; the high bytes look ${encoding === 'windows-1256' ? 'Arabic/Persian (Windows-1256)' : 'Western European (Windows-1252)'}` };
}
