/**
 * Sniffing the layout of a text file from its first 64 KiB:
 * - line break: the first one found (`\r\n`, `\n` or `\r`);
 * - the whitespace-aligned, header-less layout of the CDNOW data set (no comma, semicolon, tab or
 *   pipe anywhere, every line 3+ tokens separated by spaces, the same count on every line);
 * - otherwise the delimiter among comma, semicolon, tab and pipe: papaparse's guess, kept when the
 *   rows have a consistent field count (> 1), else the candidate with the most consistent count.
 */
import Papa from 'papaparse';
import type { TextLayout } from './textRows';

type Delimiter = ',' | ';' | '\t' | '|';
const DELIMITERS: readonly Delimiter[] = [',', ';', '\t', '|'];
const SNIFF_ROWS = 200;

export interface LayoutGuess {
  layout: TextLayout;
  reason: string;
}

function detectNewline(text: string): '\r\n' | '\n' | '\r' {
  const lf = text.indexOf('\n');
  const cr = text.indexOf('\r');
  if (cr >= 0 && (lf < 0 || cr < lf)) return text[cr + 1] === '\n' ? '\r\n' : '\r';
  return '\n';
}

interface Consistency {
  /** The most common field count among non-blank rows. */
  fields: number;
  /** Share of non-blank rows with that count. */
  share: number;
}

function consistency(counts: readonly number[]): Consistency {
  if (counts.length === 0) return { fields: 0, share: 0 };
  const tally = new Map<number, number>();
  for (const count of counts) tally.set(count, (tally.get(count) ?? 0) + 1);
  let fields = 0;
  let best = 0;
  for (const [count, times] of tally) {
    if (times > best || (times === best && count > fields)) {
      fields = count;
      best = times;
    }
  }
  return { fields, share: best / counts.length };
}

function fieldCounts(text: string, delimiter: Delimiter, newline: '\r\n' | '\n' | '\r'): number[] {
  const parsed = Papa.parse<string[]>(text, { delimiter, newline, preview: SNIFF_ROWS, skipEmptyLines: 'greedy' });
  return parsed.data.map((row) => row.length);
}

function isWhitespaceLayout(text: string): boolean {
  if (/[,;\t|"]/.test(text)) return false;
  const lines = text.split(/\r\n|\n|\r/).filter((line) => line.trim() !== '').slice(0, SNIFF_ROWS);
  if (lines.length === 0) return false;
  const counts = lines.map((line) => line.trim().split(/\s+/).length);
  const { fields, share } = consistency(counts);
  return fields >= 3 && share === 1;
}

/** Excel's `sep=;` first line names the delimiter outright (the line itself is skipped as a title line). */
const SEPARATOR_HINT = /^sep=([,;\t|])\s*(?:\r\n|\n|\r)/i;

/** Guesses the text layout from the sample. */
export function sniffLayout(sample: string): LayoutGuess {
  const newline = detectNewline(sample);
  const hint = SEPARATOR_HINT.exec(sample);
  const hinted = DELIMITERS.find((delimiter) => delimiter === hint?.[1]);
  if (hinted) return { layout: { type: 'delimited', delimiter: hinted, newline }, reason: `the file's "sep=" line` };
  if (isWhitespaceLayout(sample)) {
    return { layout: { type: 'whitespace', newline }, reason: 'columns separated by spaces (no delimiter character)' };
  }
  const guessed = Papa.parse<string[]>(sample, { preview: SNIFF_ROWS, newline, delimitersToGuess: [...DELIMITERS] }).meta.delimiter;
  const papaGuess = DELIMITERS.find((delimiter) => delimiter === guessed);
  if (papaGuess) {
    const check = consistency(fieldCounts(sample, papaGuess, newline));
    if (check.fields > 1 && check.share >= 0.9) {
      return { layout: { type: 'delimited', delimiter: papaGuess, newline }, reason: `${describe(papaGuess)}, ${check.fields} fields on ${Math.round(check.share * 100)}% of rows` };
    }
  }
  let best: { delimiter: Delimiter; check: Consistency } | null = null;
  for (const delimiter of DELIMITERS) {
    const check = consistency(fieldCounts(sample, delimiter, newline));
    if (check.fields <= 1) continue;
    if (!best || check.share > best.check.share || (check.share === best.check.share && check.fields > best.check.fields)) best = { delimiter, check };
  }
  if (best) {
    return { layout: { type: 'delimited', delimiter: best.delimiter, newline }, reason: `${describe(best.delimiter)}, ${best.check.fields} fields on ${Math.round(best.check.share * 100)}% of rows` };
  }
  return { layout: { type: 'delimited', delimiter: ',', newline }, reason: 'one column only (no delimiter found)' };
}

export function describe(delimiter: Delimiter): string {
  switch (delimiter) {
    case ',':
      return 'comma-separated';
    case ';':
      return 'semicolon-separated';
    case '\t':
      return 'tab-separated';
    case '|':
      return 'pipe-separated';
  }
}
