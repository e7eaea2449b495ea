/**
 * The ingest entry points, called by the worker and the CLI (pure TypeScript: runs in a Web Worker
 * and in Node). See docs/formats.md for every accepted layout and value rule.
 */
import { cancelled, failure } from './failure';
import { isAllocationFailure } from './limits';
import { ingestOrders } from './orders';
import { prepareFile } from './prepare';
import { ingestSideFile } from './sideFiles';
import type { IngestOptions, IngestResult, TextEncodingName } from './types';

export { inspectBytes } from './inspect';
export { headerSignature } from './header';
export { rejectReportCsv } from './rejects';
export { MAX_COLUMNS, MAX_FILE_BYTES, MAX_REJECT_ROWS_KEPT, MAX_ROWS } from './limits';

async function ingestWith(bytes: Uint8Array, options: IngestOptions, encoding?: TextEncodingName | 'legacy'): Promise<IngestResult | 'invalid-encoding'> {
  if (options.signal?.aborted) return cancelled(options.fileName);
  const file = await prepareFile(bytes, options, encoding);
  if ('ok' in file) return file;
  options.onProgress?.(0);
  const kind = file.kind.kind;
  return kind === 'orders' ? ingestOrders(file, options) : ingestSideFile(file, kind, options);
}

/**
 * Parses one file into an orders, surveys, spend or events table with its reject report; every
 * problem the user can cause comes back as an IngestFailure naming the file and what was expected.
 */
export async function ingestBytes(bytes: Uint8Array, options: IngestOptions): Promise<IngestResult> {
  try {
    return await ingestEncodings(bytes, options);
  } catch (error) {
    // An allocation the tab's memory could not satisfy: the file does not fit, say so (other errors are bugs).
    if (isAllocationFailure(error)) {
      return failure(options.fileName, 'this tab ran out of memory while reading the file; split it into smaller files (for example one per year) and load them together, or close other tabs and try again.');
    }
    throw error;
  }
}

async function ingestEncodings(bytes: Uint8Array, options: IngestOptions): Promise<IngestResult> {
  const first = await ingestWith(bytes, options);
  if (first !== 'invalid-encoding') return first;
  // The first 64 KiB were valid UTF-8 but a later byte was not: read the file again in a Windows code page.
  const second = await ingestWith(bytes, options, 'legacy');
  if (second !== 'invalid-encoding') return { ...second, ...(second.ok ? { notes: [...second.notes, 'The file is not valid UTF-8 throughout: read in a Windows code page.'] } : {}) };
  return failure(options.fileName, 'the text could not be decoded in any encoding we know (UTF-8, UTF-16, Windows-1252, Windows-1256).');
}
