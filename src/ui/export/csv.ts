/**
 * CSV text from rows (RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or
 * line break quoted, quotes doubled).
 *
 * Formula injection (CSV injection, OWASP): a spreadsheet runs a text cell that starts with
 * =, +, -, @, tab or carriage return as a formula. Such string cells get a leading apostrophe,
 * which spreadsheets read as "this is text". Cells given as numbers are written as numbers: a
 * finite JavaScript number prints as digits, sign, point and exponent only, which no spreadsheet
 * evaluates, and prefixing it would turn every refund (-12.5) into text.
 */
export type CsvCell = string | number | null;

export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => CsvCell;
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** A string cell made safe to open in a spreadsheet: a leading ' where it would start a formula. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV field: null and non-finite numbers are empty (never "NaN"). */
export function csvField(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  return quote(neutraliseFormula(cell));
}

/** The CSV text of `rows`, one line per row after a header line, CRLF line ends. */
export function toCsv<Row>(rows: readonly Row[], columns: readonly CsvColumn<Row>[]): string {
  const lines = [columns.map((c) => csvField(c.header)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvField(c.value(row))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
