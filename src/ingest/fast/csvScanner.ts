/**
 * A byte-level CSV scanner for the common case: UTF-8 text, one delimiter (comma, semicolon, tab
 * or pipe), one line break (the layout's), RFC 4180 quotes. It yields each row as field bounds
 * (no strings), with the 1-based line the row starts on, counted as textRows.ts counts.
 *
 * A quote opens a quoted field only at the start of a field; inside an unquoted field it is a
 * character like any other (as papaparse and textRows.ts's lastRowEnd read it).
 * It reads only what it can read the way papaparse does; on anything else (text after a closing
 * quote, an unclosed quote, a line break other than the layout's outside quotes, invalid UTF-8)
 * it stops with `unsure`, and the caller takes the reference path (textRows.ts) for the whole file.
 */
import { bytesToString, utf8SequenceLength } from './bytes';

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** Field flag: the field was quoted and holds an escaped quote (""), so its bytes are not its text. */
export const ESCAPED = 1;

export class CsvScanner {
  /** Fields of the current row: bytes[start[i], end[i]), quotes already removed. */
  start = new Int32Array(64);
  end = new Int32Array(64);
  flags = new Uint8Array(64);
  count = 0;
  /** Line the current row starts on. */
  line = 1;
  /** True once the scanner met something it cannot read exactly like papaparse. */
  unsure = false;
  /** Byte position of the next row. */
  position: number;
  private nextLine = 1;

  constructor(
    readonly bytes: Uint8Array,
    from: number,
    private readonly delimiter: number,
    private readonly newline: '\r\n' | '\n' | '\r',
  ) {
    this.position = from;
  }

  /** Moves to the next row; false at the end of the bytes or when unsure. */
  next(): boolean {
    const bytes = this.bytes;
    const length = bytes.length;
    let at = this.position;
    if (at >= length || this.unsure) return false;
    const delimiter = this.delimiter;
    const lfEnds = this.newline === '\n';
    const crEnds = this.newline === '\r';
    this.line = this.nextLine;
    let breaks = 0;
    let count = 0;
    let starts = this.start;
    let ends = this.end;
    let flagsOf = this.flags;
    for (;;) {
      if (count === starts.length) {
        this.growFields();
        starts = this.start;
        ends = this.end;
        flagsOf = this.flags;
      }
      let fieldEnd: number;
      let byte = at < length ? bytes[at]! : -1;
      if (byte === QUOTE) {
        const contentStart = at + 1;
        let flags = 0;
        at = contentStart;
        for (;;) {
          if (at >= length) return this.stop();
          byte = bytes[at]!;
          if (byte === QUOTE) {
            if (at + 1 < length && bytes[at + 1] === QUOTE) {
              flags = ESCAPED;
              at += 2;
              continue;
            }
            break;
          }
          if (byte === LF) breaks++;
          else if (byte === CR && !(at + 1 < length && bytes[at + 1] === LF)) breaks++;
          else if (byte >= 0x80) {
            const sequence = utf8SequenceLength(bytes, at, length);
            if (sequence === 0) return this.stop();
            at += sequence;
            continue;
          }
          at++;
        }
        starts[count] = contentStart;
        ends[count] = at;
        flagsOf[count] = flags;
        count++;
        at++;
        byte = at < length ? bytes[at]! : -1;
        if (byte !== delimiter && byte !== LF && byte !== CR && byte !== -1) return this.stop();
        fieldEnd = at;
      } else {
        const fieldStart = at;
        while (at < length) {
          byte = bytes[at]!;
          // The common byte first: printable ASCII after the quote that is not the delimiter.
          if (byte > QUOTE && byte < 0x80 && byte !== delimiter) {
            at++;
            continue;
          }
          if (byte === delimiter || byte === LF || byte === CR) break;
          if (byte >= 0x80) {
            const sequence = utf8SequenceLength(bytes, at, length);
            if (sequence === 0) return this.stop();
            at += sequence;
          } else at++;
        }
        if (at >= length) byte = -1;
        starts[count] = fieldStart;
        ends[count] = at;
        flagsOf[count] = 0;
        count++;
        fieldEnd = at;
      }
      if (byte === delimiter) {
        at = fieldEnd + 1;
        continue;
      }
      if (byte === -1) {
        at = length;
        break;
      }
      // A line break ends the row only when it is the layout's; any other is not read here.
      if (byte === LF) {
        if (!lfEnds) return this.stop();
        at = fieldEnd + 1;
      } else if (crEnds) {
        if (fieldEnd + 1 < length && bytes[fieldEnd + 1] === LF) return this.stop();
        at = fieldEnd + 1;
      } else if (lfEnds) return this.stop();
      else {
        if (!(fieldEnd + 1 < length && bytes[fieldEnd + 1] === LF)) return this.stop();
        at = fieldEnd + 2;
      }
      breaks++;
      break;
    }
    this.count = count;
    this.position = at;
    this.nextLine = this.line + breaks;
    return true;
  }

  /** The line the next row starts on (1 + the line breaks read so far). */
  get nextRowLine(): number {
    return this.nextLine;
  }

  /** The text of field i as papaparse gives it (untrimmed, quotes removed, "" unescaped). */
  text(i: number): string {
    const text = bytesToString(this.bytes, this.start[i]!, this.end[i]!);
    return this.flags[i] === ESCAPED ? text.replaceAll('""', '"') : text;
  }

  private stop(): false {
    this.unsure = true;
    return false;
  }

  private growFields(): void {
    const size = this.start.length * 2;
    const start = new Int32Array(size);
    start.set(this.start);
    const end = new Int32Array(size);
    end.set(this.end);
    const flags = new Uint8Array(size);
    flags.set(this.flags);
    this.start = start;
    this.end = end;
    this.flags = flags;
  }
}
