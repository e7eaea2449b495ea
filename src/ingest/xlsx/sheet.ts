/**
 * One worksheet part → rows of strings, as a person sees them in Excel:
 * shared and inline strings as text, booleans as TRUE/FALSE, numbers with up to 15 significant
 * digits (Excel's precision), and numbers in a date style as ISO text (`2024-01-05` or
 * `2024-01-05 14:30:00`), honouring the workbook's 1904 date system.
 */
import { isoDate } from '../../metrics/calendar';
import { dayFromExcelSerial, minutesFromExcelSerial } from '../values/excelSerial';
import { attributes, decodeXmlText, textOfRuns } from './xml';

export interface SheetRows {
  rows: string[][];
  /** Excel's row number of each row (1-based), used as the "line" in rejects. */
  lines: number[];
}

export interface CellContext {
  sharedStrings: readonly string[];
  dateStyles: readonly boolean[];
  date1904: boolean;
}

/** Column index (0-based) of a cell reference such as `AB12`. */
export function columnIndex(reference: string): number {
  let index = 0;
  for (const char of reference) {
    const code = char.charCodeAt(0);
    if (code < 65 || code > 90) break;
    index = index * 26 + (code - 64);
  }
  return index - 1;
}

function formatNumber(value: string): string {
  const number = Number(value);
  if (!Number.isFinite(number)) return value.trim();
  return String(Number(number.toPrecision(15)));
}

function formatDate(serial: number, date1904: boolean): string | null {
  const day = dayFromExcelSerial(serial, date1904);
  if (day === null) return null;
  const minutes = minutesFromExcelSerial(serial);
  if (minutes === 0) return isoDate(day);
  const pad = (n: number): string => String(n).padStart(2, '0');
  const seconds = Math.round((serial - Math.floor(serial)) * 86_400) % 60;
  return `${isoDate(day)} ${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}:${pad(seconds)}`;
}

function cellText(attrs: Record<string, string>, inner: string, context: CellContext): string {
  const valueMatch = /<(?:\w+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?v>/.exec(inner);
  const value = valueMatch ? decodeXmlText(valueMatch[1]!) : '';
  switch (attrs.t) {
    case 's':
      return context.sharedStrings[Number(value)] ?? '';
    case 'inlineStr':
      return textOfRuns(inner);
    case 'str':
    case 'e':
    case 'd':
      return value;
    case 'b':
      return value === '1' ? 'TRUE' : value === '0' ? 'FALSE' : value;
    default: {
      if (value === '') return '';
      const style = attrs.s === undefined ? 0 : Number(attrs.s);
      if (context.dateStyles[style]) return formatDate(Number(value), context.date1904) ?? formatNumber(value);
      return formatNumber(value);
    }
  }
}

/** Reads the `<sheetData>` rows; blank rows are skipped, missing cells become ''. */
export function readSheetRows(xml: string, context: CellContext): SheetRows {
  const rows: string[][] = [];
  const lines: number[] = [];
  const rowPattern = /<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g;
  const cellPattern = /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;
  let previousLine = 0;
  for (let row = rowPattern.exec(xml); row; row = rowPattern.exec(xml)) {
    const rowAttrs = attributes(row[1]!);
    const line = rowAttrs.r ? Number(rowAttrs.r) : previousLine + 1;
    previousLine = line;
    const cells: string[] = [];
    const body = row[2] ?? '';
    cellPattern.lastIndex = 0;
    for (let cell = cellPattern.exec(body); cell; cell = cellPattern.exec(body)) {
      const attrs = attributes(cell[1]!);
      const index = attrs.r ? columnIndex(attrs.r) : cells.length;
      const text = cellText(attrs, cell[2] ?? '', context);
      while (cells.length < index) cells.push('');
      cells[index] = text;
    }
    if (cells.some((cell) => cell.trim() !== '')) {
      rows.push(cells);
      lines.push(line);
    }
  }
  return { rows, lines };
}
