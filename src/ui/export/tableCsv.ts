/**
 * CSV of a table (or a list of figures) as shown: one line per row, the first row as the header; a cell's
 * `data-value` (the raw number behind a formatted figure) wins over its text, and text is written
 * with Latin digits whatever the page's digits.
 */
import { latinDigits } from '../../i18n/localisedNumber';
import { t } from '../../i18n/messages';
import { toCsv, type CsvCell } from './csv';

function cellValue(cell: Element): CsvCell {
  // A machine label (a cohort's 1403-01) wins over its display text ("Farvardin 1403").
  const label = cell.getAttribute('data-label');
  if (label !== null) return label;
  const raw = cell.getAttribute('data-value') ?? cell.querySelector('[data-value]')?.getAttribute('data-value') ?? null;
  if (raw !== null && raw.trim() !== '' && Number.isFinite(Number(raw))) return Number(raw);
  // Text keeps its language but not its digits: a spreadsheet reads "12.5%", not "۱۲٫۵٪".
  return latinNumerals((cell.textContent ?? '').replace(/\s+/g, ' ').trim());
}

/** Persian and Arabic-Indic digits and the Arabic decimal and group separators, as Latin ones. */
export function latinNumerals(text: string): string {
  return latinDigits(text).replace(/\u066b/g, '.').replace(/\u066c/g, ',').replace(/\u066a/g, '%');
}

/** The cells of a table, row by row; a cell spanning n columns is followed by n − 1 empty cells so columns line up. */
export function tableCells(table: HTMLTableElement): CsvCell[][] {
  return [...table.rows].map((row) =>
    [...row.cells].flatMap((cell) => [cellValue(cell), ...Array.from({ length: Math.max(0, cell.colSpan - 1) }, (): CsvCell => '')]),
  );
}

export function tableCsv(table: HTMLTableElement): string {
  const [header = [], ...body] = tableCells(table);
  const width = Math.max(header.length, ...body.map((r) => r.length));
  const columns = Array.from({ length: width }, (_, i) => ({
    header: String(header[i] ?? ''),
    value: (row: CsvCell[]): CsvCell => row[i] ?? null,
  }));
  return toCsv(body, columns);
}

/** Figures (<dt> label, <dd> value) anywhere in `block`: two columns, label and value. */
export function definitionListCsv(block: Element): string {
  const rows: { label: string; value: CsvCell }[] = [];
  for (const term of block.querySelectorAll('dt')) {
    const value = term.nextElementSibling;
    if (value?.tagName !== 'DD') continue;
    rows.push({ label: (term.textContent ?? '').trim(), value: cellValue(value) });
  }
  return toCsv(rows, [
    { header: t('export.figure'), value: (row) => row.label },
    { header: t('export.value'), value: (row) => row.value },
  ]);
}

/** Tables that draw only part of their rows at a time, with the CSV of all of them. */
const wholeTableCsv = new WeakMap<HTMLTableElement, () => string>();

/** `table` exports `csv()` instead of what it shows (a windowed table); returns the undo. */
export function registerTableCsv(table: HTMLTableElement, csv: () => string): () => void {
  wholeTableCsv.set(table, csv);
  return () => {
    if (wholeTableCsv.get(table) === csv) wholeTableCsv.delete(table);
  };
}

/** The CSV of a table: all of it for a table that registered its CSV, else what it shows. */
export function exportedTableCsv(table: HTMLTableElement): string {
  return wholeTableCsv.get(table)?.() ?? tableCsv(table);
}
