/**
 * Everything decided before the full parse, shared by inspectBytes and ingestBytes: decoding,
 * layout, header, the sample rows (first 64 KiB) and the kind of file.
 */
import { classifyColumns, type KindGuess } from './classify';
import { isKnownColumnKey } from './columnNames';
import { decodeInput, EXPECTED_FILES } from './decode';
import { failure, listNames } from './failure';
import { detectHeader } from './header';
import { countLineBreaks, MAX_COLUMNS, MAX_ROWS, mayHaveTooManyRows, SNIFF_BYTES, tooManyRows } from './limits';
import { CDNOW_HEADER } from './presets';
import { describe, sniffLayout } from './sniff';
import type { RowSource } from './source';
import { decodeSample, parseRows } from './textRows';
import type { FileInspection, IngestFailure, IngestOptions, TextEncodingName } from './types';

export interface SampleRow {
  cells: string[];
  line: number;
}

export interface PreparedFile {
  fileName: string;
  source: RowSource;
  header: string[];
  hasHeader: boolean;
  /** Rows on or before this line are the header (or title lines above it): the data starts after. */
  headerLine: number;
  /** Data rows of the sample (all rows when the whole file fit in the sample). */
  sample: SampleRow[];
  sampleComplete: boolean;
  /** The whitespace-separated CDNOW layout. */
  cdnow: boolean;
  kind: KindGuess;
  encoding: TextEncodingName | null;
  delimiter: FileInspection['delimiter'];
  compression: 'gzip' | null;
  sheetNames: string[];
  sheet: string | null;
  notes: string[];
}

const CDNOW_ROW = /^\d+$/;

function looksLikeCdnow(rows: readonly SampleRow[]): boolean {
  // A file cut short (an interrupted download) ends in a partial row: it becomes a reject, not a reason to miss the layout.
  const complete = rows.length > 1 ? rows.slice(0, -1) : rows;
  return complete.length > 0 && complete.every(({ cells }) => cells.length === 5 && CDNOW_ROW.test(cells[0]!) && CDNOW_ROW.test(cells[1]!) && /^\d{8}$/.test(cells[2]!) && CDNOW_ROW.test(cells[3]!) && /^-?\d+(\.\d+)?$/.test(cells[4]!));
}

export async function prepareFile(bytes: Uint8Array, options: IngestOptions, encoding?: TextEncodingName | 'legacy'): Promise<PreparedFile | IngestFailure> {
  const { fileName } = options;
  const decoded = await decodeInput(bytes, fileName, { sheet: options.sheet, encoding });
  if ('ok' in decoded) return decoded;
  const notes: string[] = [];
  let rows: SampleRow[] = [];
  let source: RowSource;
  let sampleComplete: boolean;
  let delimiter: FileInspection['delimiter'] = null;
  let whitespace = false;
  const lineCount = decoded.type === 'grid' ? decoded.rows.length : mayHaveTooManyRows(decoded.bytes.length) ? countLineBreaks(decoded.bytes, MAX_ROWS + 1) : 0;
  if (tooManyRows(lineCount)) {
    return failure(fileName, `the file has more than ${MAX_ROWS.toLocaleString('en-US')} rows; we read at most that many in a browser tab. Split it into smaller files (for example one per year) and load them together.`);
  }
  if (decoded.type === 'grid') {
    source = { type: 'grid', rows: decoded.rows, lines: decoded.lines };
    rows = decoded.rows.slice(0, 2000).map((cells, i) => ({ cells, line: decoded.lines[i]! }));
    sampleComplete = decoded.rows.length <= 2000;
    notes.push(`Read sheet "${decoded.sheet}" of the workbook${decoded.sheetNames.length > 1 ? ` (sheets: ${decoded.sheetNames.join(', ')})` : ''}.`);
  } else {
    const input = { bytes: decoded.bytes, encoding: decoded.encoding, bomLength: decoded.bomLength };
    const sample = decodeSample(input, SNIFF_BYTES);
    if (sample === null) {
      if (encoding) return failure(fileName, `the text could not be decoded. ${EXPECTED_FILES}`);
      return prepareFile(bytes, options, 'legacy');
    }
    if (sample.text.trim() === '') return failure(fileName, `the file holds no data (only blank lines). ${EXPECTED_FILES}`);
    const guess = sniffLayout(sample.text);
    source = { type: 'text', input, layout: guess.layout };
    parseRows(sample.text, guess.layout, 1, (cells, line) => {
      rows.push({ cells, line });
    });
    sampleComplete = sample.complete;
    whitespace = guess.layout.type === 'whitespace';
    delimiter = guess.layout.type === 'whitespace' ? 'whitespace' : guess.layout.delimiter;
    notes.push(`Text encoding ${decoded.encodingReason}; ${guess.layout.type === 'whitespace' ? guess.reason : `${describe(guess.layout.delimiter)} (${guess.reason})`}.`);
  }
  if (decoded.compression) notes.push('Decompressed from gzip.');
  if (rows.length === 0) return failure(fileName, `the file holds no rows. ${EXPECTED_FILES}`);
  const headerGuess = detectHeader(rows.map((row) => row.cells), isKnownColumnKey);
  if (headerGuess.header.length > MAX_COLUMNS) {
    return failure(fileName, `the file has ${headerGuess.header.length} columns; we read at most ${MAX_COLUMNS}. Is the delimiter right? Expected one row per order with columns such as order_id, customer_id, order_date, amount.`);
  }
  const first = rows[headerGuess.headerIndex]!;
  const headerLine = headerGuess.hasHeader ? first.line : first.line - 1;
  const dataRows = rows.filter((row) => row.line > headerLine);
  const cdnow = whitespace && !headerGuess.hasHeader && looksLikeCdnow(dataRows);
  const header = cdnow ? [...CDNOW_HEADER] : headerGuess.header;
  // A first row longer than the 64 KiB sample leaves no data row in it: only a complete sample proves the file has none.
  if (dataRows.length === 0 && sampleComplete) {
    return failure(fileName, `the file has a header row but no data rows. Found columns: ${listNames(header)}.`);
  }
  notes.push(cdnow ? 'No header row: the CDNOW layout (master id, sample id, YYYYMMDD, CDs, dollars).' : `${headerGuess.reason[0]!.toUpperCase()}${headerGuess.reason.slice(1)}.`);
  const kind: KindGuess = options.kind ? { kind: options.kind, reason: 'chosen' } : cdnow ? { kind: 'orders', reason: 'the CDNOW transaction layout' } : classifyColumns(header);
  return {
    fileName,
    source,
    header,
    hasHeader: headerGuess.hasHeader && !cdnow,
    headerLine,
    sample: dataRows,
    sampleComplete,
    cdnow,
    kind,
    encoding: decoded.type === 'text' ? decoded.encoding : null,
    delimiter,
    compression: decoded.compression,
    sheetNames: decoded.type === 'grid' ? decoded.sheetNames : [],
    sheet: decoded.type === 'grid' ? decoded.sheet : null,
    notes,
  };
}
