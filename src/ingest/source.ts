/** One way to walk the rows of a decoded file, text or workbook, with progress and cancel. */
import { readTextRows, type ReadControl, type ReadOutcome, type RowVisitor, type TextInput, type TextLayout } from './textRows';

export type RowSource = { type: 'text'; input: TextInput; layout: TextLayout } | { type: 'grid'; rows: readonly string[][]; lines: readonly number[] };

const GRID_ROWS_PER_STEP = 5000;

async function readGridRows(rows: readonly string[][], lines: readonly number[], visit: RowVisitor, control: ReadControl): Promise<ReadOutcome> {
  const from = control.progressFrom ?? 0;
  const to = control.progressTo ?? 1;
  let lastYield = Date.now();
  for (let start = 0; start < rows.length; start += GRID_ROWS_PER_STEP) {
    if (control.signal?.aborted) return 'cancelled';
    const end = Math.min(rows.length, start + GRID_ROWS_PER_STEP);
    for (let i = start; i < end; i++) {
      if (visit(rows[i]!, lines[i]!) === false) return 'stopped';
    }
    control.onProgress?.(from + ((to - from) * end) / rows.length);
    if (control.signal && Date.now() - lastYield >= 40) {
      await new Promise<void>((resolve) => setTimeout(resolve, 0));
      lastYield = Date.now();
    }
  }
  return control.signal?.aborted ? 'cancelled' : 'done';
}

export function readRows(source: RowSource, visit: RowVisitor, control: ReadControl = {}): Promise<ReadOutcome> {
  return source.type === 'text' ? readTextRows(source.input, source.layout, visit, control) : readGridRows(source.rows, source.lines, visit, control);
}

/** Fewer fields than the header, or more with something in the extra ones: the columns cannot be trusted. */
export function isRagged(cells: readonly string[], width: number): boolean {
  if (cells.length < width) return true;
  for (let i = width; i < cells.length; i++) if (cells[i]!.trim() !== '') return true;
  return false;
}
