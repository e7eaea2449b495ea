/**
 * Text → rows, in segments: the bytes are decoded a segment at a time (TextDecoder in stream mode),
 * each segment is cut after its last complete row (a line break outside quotes) and tokenised by
 * papaparse; the rest waits for the next segment. So memory holds one segment, not the file as one
 * string (V8 strings stop at ~512 M characters), and between segments we report progress, yield to
 * the event loop and honour the cancel signal. Line numbers are 1-based file lines, counting the
 * line breaks inside quoted cells.
 */
import Papa from 'papaparse';
import type { TextEncodingName } from './types';

export type TextLayout =
  | { type: 'delimited'; delimiter: ',' | ';' | '\t' | '|'; newline: '\r\n' | '\n' | '\r' }
  | { type: 'whitespace'; newline: '\r\n' | '\n' | '\r' };

export interface TextInput {
  bytes: Uint8Array;
  encoding: TextEncodingName;
  bomLength: number;
}

/** Called for each non-blank row; return false to stop reading. */
export type RowVisitor = (cells: string[], line: number) => boolean | void;

export interface ReadControl {
  signal?: AbortSignal | undefined;
  onProgress?: ((fraction: number) => void) | undefined;
  /** The part of the overall progress bar this read covers (default 0 → 1). */
  progressFrom?: number;
  progressTo?: number;
  /** Bytes decoded per segment (tests use tiny segments to exercise the row cuts). */
  segmentBytes?: number;
}

export type ReadOutcome = 'done' | 'stopped' | 'cancelled' | 'invalid-encoding';

const MIN_SEGMENT_BYTES = 64 * 1024;
const MAX_SEGMENT_BYTES = 4 * 1024 * 1024;
/** Yield to the event loop at most this often (ms): often enough to see a cancel, rarely enough to stay fast. */
const YIELD_EVERY_MS = 40;

function isBreak(code: number): boolean {
  return code === 10 || code === 13;
}

function countBreaks(cell: string): number {
  if (!cell.includes('\n') && !cell.includes('\r')) return 0;
  let count = 0;
  for (let i = 0; i < cell.length; i++) {
    const code = cell.charCodeAt(i);
    if (code === 10 || (code === 13 && cell.charCodeAt(i + 1) !== 10)) count++;
  }
  return count;
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/**
 * Index just after the last complete row of `text` (a line break outside quotes), or -1.
 * A quote opens a quoted field only at the start of a field, as RFC 4180 and papaparse read it.
 */
export function lastRowEnd(text: string, layout: TextLayout): number {
  const breakChar = layout.newline === '\r' ? '\r' : '\n';
  if (layout.type === 'whitespace') {
    const at = text.lastIndexOf(breakChar);
    return at < 0 ? -1 : at + 1;
  }
  let lastEnd = -1;
  let pos = 0;
  for (;;) {
    let quote = text.indexOf('"', pos);
    while (quote > 0 && !isFieldStart(text, quote, layout.delimiter)) quote = text.indexOf('"', quote + 1);
    const regionEnd = quote < 0 ? text.length : quote;
    const at = regionEnd > pos ? text.lastIndexOf(breakChar, regionEnd - 1) : -1;
    if (at >= pos) lastEnd = at + 1;
    if (quote < 0) return lastEnd;
    // Inside a quoted field: find its closing quote ("" is an escaped quote).
    let close = text.indexOf('"', quote + 1);
    while (close >= 0 && text[close + 1] === '"') close = text.indexOf('"', close + 2);
    if (close < 0 || close === text.length - 1) return lastEnd;
    pos = close + 1;
  }
}

function isFieldStart(text: string, index: number, delimiter: string): boolean {
  const previous = text[index - 1];
  return previous === delimiter || previous === '\n' || previous === '\r';
}

/** Tokenises complete rows; returns the line number after them, or null when the visitor stopped. */
export function parseRows(text: string, layout: TextLayout, firstLine: number, visit: RowVisitor): number | null {
  let line = firstLine;
  if (layout.type === 'whitespace') {
    for (const rawLine of text.split(/\r\n|\n|\r/)) {
      const cells = rawLine.trim() === '' ? [] : rawLine.trim().split(/\s+/);
      if (cells.length > 0 && visit(cells, line) === false) return null;
      line++;
    }
    // split() yields one more piece than there are line breaks.
    return line - 1;
  }
  let previousCursor = 0;
  let stopped = false;
  // Only a quoted cell can hold a line break: skip the search when the text has no quote at all.
  const mayHoldBreaks = text.includes('"');
  Papa.parse<string[]>(text, {
    delimiter: layout.delimiter,
    newline: layout.newline,
    quoteChar: '"',
    escapeChar: '"',
    skipEmptyLines: false,
    step: (result, parser) => {
      const cells = result.data;
      const cursor = result.meta.cursor;
      const rowLine = line;
      if (mayHoldBreaks) for (const cell of cells) line += countBreaks(cell);
      if (cursor > previousCursor && isBreak(text.charCodeAt(cursor - 1))) line++;
      previousCursor = cursor;
      if (cells.length > 0 && !isBlank(cells) && visit(cells, rowLine) === false) {
        stopped = true;
        parser.abort();
      }
    },
  });
  return stopped ? null : line;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Decodes the first `maxBytes` and cuts after the last whole line; `complete` when that is the whole file. */
export function decodeSample(input: TextInput, maxBytes: number): { text: string; complete: boolean } | null {
  const end = Math.min(input.bytes.length, input.bomLength + maxBytes);
  const complete = end === input.bytes.length;
  let text: string;
  try {
    text = new TextDecoder(input.encoding, { fatal: input.encoding === 'utf-8' }).decode(input.bytes.subarray(input.bomLength, end), { stream: !complete });
  } catch {
    return null;
  }
  text = stripBom(text);
  if (complete) return { text, complete };
  const cut = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
  return { text: cut >= 0 ? text.slice(0, cut + 1) : text, complete: false };
}

async function yieldToEventLoop(): Promise<void> {
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
}

/** Reads every row of the text, segment by segment, calling `visit` for each non-blank row. */
export async function readTextRows(input: TextInput, layout: TextLayout, visit: RowVisitor, control: ReadControl = {}): Promise<ReadOutcome> {
  const total = input.bytes.length;
  const from = control.progressFrom ?? 0;
  const to = control.progressTo ?? 1;
  const segmentBytes = control.segmentBytes ?? Math.min(MAX_SEGMENT_BYTES, Math.max(MIN_SEGMENT_BYTES, Math.ceil(total / 50)));
  const decoder = new TextDecoder(input.encoding, { fatal: input.encoding === 'utf-8' });
  let offset = input.bomLength;
  let carry = '';
  let line = 1;
  let first = true;
  let lastYield = Date.now();
  while (offset < total || carry !== '') {
    if (control.signal?.aborted) return 'cancelled';
    const end = Math.min(total, offset + segmentBytes);
    let chunk: string;
    try {
      chunk = decoder.decode(input.bytes.subarray(offset, end), { stream: end < total });
    } catch {
      return 'invalid-encoding';
    }
    if (first) {
      chunk = stripBom(chunk);
      first = false;
    }
    offset = end;
    const text = carry + chunk;
    const atEnd = offset >= total;
    const cut = atEnd ? text.length : lastRowEnd(text, layout);
    if (cut <= 0) {
      carry = text;
      continue;
    }
    carry = text.slice(cut);
    const next = parseRows(cut === text.length ? text : text.slice(0, cut), layout, line, visit);
    if (next === null) return 'stopped';
    line = next;
    if (atEnd) carry = '';
    control.onProgress?.(from + ((to - from) * (offset - input.bomLength)) / Math.max(1, total - input.bomLength));
    if (control.signal && Date.now() - lastYield >= YIELD_EVERY_MS) {
      await yieldToEventLoop();
      lastYield = Date.now();
    }
  }
  return control.signal?.aborted ? 'cancelled' : 'done';
}
