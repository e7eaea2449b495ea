/**
 * Writing CSV text to disk through a 1 MiB buffer with synchronous writes: a fixed amount of memory
 * however many rows go through, and a file that is complete when `close` returns. UTF-8, LF line endings.
 */
import { closeSync, openSync, writeSync } from 'node:fs';

const BUFFER_BYTES = 1 << 20;

export interface TextFile {
  /** Appends text (callers end rows with '\n'). */
  write(text: string): void;
  /** Flushes and closes; returns the bytes written. */
  close(): number;
}

/** Text is encoded straight into one reused buffer (no growing strings for the garbage collector). */
export function createTextFile(path: string): TextFile {
  const descriptor = openSync(path, 'w');
  const buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  let used = 0;
  let bytes = 0;
  const flush = (): void => {
    let offset = 0;
    while (offset < used) offset += writeSync(descriptor, buffer, offset, used - offset);
    bytes += used;
    used = 0;
  };
  return {
    write(text: string): void {
      // UTF-8 takes at most 3 bytes per UTF-16 code unit.
      if (used + text.length * 3 > BUFFER_BYTES) flush();
      if (text.length * 3 > BUFFER_BYTES) {
        const encoded = Buffer.from(text, 'utf8');
        let offset = 0;
        while (offset < encoded.length) offset += writeSync(descriptor, encoded, offset, encoded.length - offset);
        bytes += encoded.length;
        return;
      }
      used += buffer.write(text, used, 'utf8');
    },
    close(): number {
      flush();
      closeSync(descriptor);
      return bytes;
    },
  };
}

/** A CSV field (RFC 4180): quoted when it holds a comma, a quote, a line break or edge spaces; quotes doubled. */
export function csvField(value: string): string {
  if (!/[",\r\n]|^\s|\s$/.test(value)) return value;
  return `"${value.replaceAll('"', '""')}"`;
}

/** Cents as a decimal amount with two places: 1299 → "12.99". Non-negative integers only. */
export function centsText(cents: number): string {
  const whole = Math.floor(cents / 100);
  const rest = cents - whole * 100;
  return `${whole}.${rest < 10 ? '0' : ''}${rest}`;
}

/** `HH:MM:SS` of a second of the day. */
export function timeOfDayText(secondOfDay: number): string {
  const hours = Math.floor(secondOfDay / 3600);
  const minutes = Math.floor((secondOfDay % 3600) / 60);
  const seconds = secondOfDay % 60;
  return `${hours < 10 ? '0' : ''}${hours}:${minutes < 10 ? '0' : ''}${minutes}:${seconds < 10 ? '0' : ''}${seconds}`;
}
