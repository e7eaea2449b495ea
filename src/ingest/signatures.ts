/** Magic bytes: recognising compressed, workbook and binary files before we try to read text. */

export type ContainerKind = 'gzip' | 'zip' | 'text';

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

export function containerKind(bytes: Uint8Array): ContainerKind {
  if (startsWith(bytes, [0x1f, 0x8b])) return 'gzip';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  return 'text';
}

const KNOWN_BINARIES: readonly { prefix: readonly number[]; name: string }[] = [
  { prefix: [0x89, 0x50, 0x4e, 0x47], name: 'a PNG image' },
  { prefix: [0xff, 0xd8, 0xff], name: 'a JPEG image' },
  { prefix: [0x47, 0x49, 0x46, 0x38], name: 'a GIF image' },
  { prefix: [0x25, 0x50, 0x44, 0x46], name: 'a PDF document' },
  { prefix: [0xd0, 0xcf, 0x11, 0xe0], name: 'an old Excel 97–2003 (.xls) or other Office file; save it as .xlsx or CSV' },
  { prefix: [0x37, 0x7a, 0xbc, 0xaf], name: 'a 7-Zip archive' },
  { prefix: [0x52, 0x61, 0x72, 0x21], name: 'a RAR archive' },
  { prefix: [0x7f, 0x45, 0x4c, 0x46], name: 'a program (ELF)' },
  { prefix: [0x4d, 0x5a], name: 'a program (EXE)' },
  { prefix: [0x42, 0x5a, 0x68], name: 'a bzip2 archive' },
  { prefix: [0xfd, 0x37, 0x7a, 0x58, 0x5a], name: 'an xz archive' },
  { prefix: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], name: 'an SQLite database' },
];

/** Names a known binary format from its magic bytes, or null. */
export function knownBinary(bytes: Uint8Array): string | null {
  return KNOWN_BINARIES.find((entry) => startsWith(bytes, entry.prefix))?.name ?? null;
}

/** True when the bytes hold a NUL (text in UTF-8 or a code page never does). */
export function hasNulByte(bytes: Uint8Array): boolean {
  return bytes.indexOf(0) >= 0;
}
