import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { flushSync } from 'react-dom';
import { sequentialColor } from './palette';
import { formatInteger } from '../i18n/numbers';
import { useMountTurn } from './charts/ChartBox';
import { figuresText } from '../i18n/dates';
import { latinNumerals, registerTableCsv } from './export/tableCsv';
import { toCsv, type CsvCell } from './export/csv';

export interface HeatmapRow {
  label: string;
  size: number;
  /** Share in [0, 1] for the colour, and the text to show; null where the period has not happened yet. */
  cells: ({ share: number; text: string; title: string } | null)[];
}

interface HeatmapProps {
  caption: string;
  rowHeader: string;
  sizeHeader: string;
  columns: string[];
  rows: HeatmapRow[];
  onRowClick?: (label: string) => void;
  formatRowLabel?: (label: string) => string;
  /** The longest cell text, when the caller knows it without formatting every cell (columnWidths reads every cell's text otherwise). */
  longestCellText?: string;
}

/**
 * Above this many cells the table draws only what its scroll box shows (plus a margin): a weekly
 * heat map of three years has about 17,000 cells, which took 0.6–0.9 s of main-thread time to
 * draw in full on the development machine; a monthly one (under 2,000) is drawn whole.
 */
export const WINDOWED_CELLS = 4000;
/** Rows and columns drawn beyond the visible ones on each side, so that scrolling shows no gap. */
const ROW_MARGIN = 10;
const COLUMN_MARGIN = 4;
/** Until the first drawn row is measured (and in tests without layout): a row's and a column's size, and the box's, in px. */
const ROW_PX = 26;
const COLUMN_PX = 56;
const BOX_HEIGHT_PX = 600;
const BOX_WIDTH_PX = 1200;
/**
 * The last sizes measured (the same page, fonts and box): a table drawn again windowed (a switch to
 * weeks) starts from them, so that measuring it changes nothing and it is not drawn a second time.
 */
const lastMeasured = { rowPx: ROW_PX, columnPx: COLUMN_PX, height: BOX_HEIGHT_PX, width: BOX_WIDTH_PX, cellWidth: '' };

/**
 * The CSV of the whole table (not just the part drawn): the header row, then per row its machine
 * label (2024-03, 1403-01), its size and each cell's text with Latin digits, as tableCsv reads a
 * table drawn in full.
 */
export function heatmapCsv(props: Pick<HeatmapProps, 'rowHeader' | 'sizeHeader' | 'columns' | 'rows'>): string {
  const columns = [
    { header: latinNumerals(props.rowHeader), value: (row: HeatmapRow): CsvCell => row.label },
    { header: latinNumerals(props.sizeHeader), value: (row: HeatmapRow): CsvCell => row.size },
    ...props.columns.map((header, k) => ({ header: latinNumerals(header), value: (row: HeatmapRow): CsvCell => (row.cells[k] ? latinNumerals(row.cells[k].text) : '') })),
  ];
  return toCsv(props.rows, columns);
}

interface Window {
  firstRow: number;
  endRow: number;
  firstColumn: number;
  endColumn: number;
}

/** The rows and columns a scroll box of `height` × `width` px at (top, start) shows, with margins. */
function windowAt(top: number, start: number, height: number, width: number, rowPx: number, columnPx: number, rows: number, columns: number): Window {
  const firstRow = Math.max(0, Math.floor(top / rowPx) - ROW_MARGIN);
  const endRow = Math.min(rows, Math.ceil((top + height) / rowPx) + ROW_MARGIN);
  const firstColumn = Math.max(0, Math.floor(start / columnPx) - COLUMN_MARGIN);
  const endColumn = Math.min(columns, Math.ceil((start + width) / columnPx) + COLUMN_MARGIN);
  return { firstRow, endRow, firstColumn, endColumn };
}

function sameWindow(a: Window, b: Window): boolean {
  return a.firstRow === b.firstRow && a.endRow === b.endRow && a.firstColumn === b.firstColumn && a.endColumn === b.endColumn;
}

/** Whether the table scrolls in its own box and draws only the part in view (over WINDOWED_CELLS cells). */
function isWindowed(props: HeatmapProps): boolean {
  return props.rows.length * (props.columns.length + 2) > WINDOWED_CELLS;
}

interface HeatmapRowViewProps {
  row: HeatmapRow;
  rowIndex: number | undefined;
  firstColumn: number;
  endColumn: number;
  columnsAfter: number;
  windowed: boolean;
  display: (label: string) => string;
  onRowClick: ((label: string) => void) | undefined;
}

/**
 * One drawn row. A component of its own so that React can pause between rows when a heat map is
 * first drawn (a transition, see HeatmapTable): formatting and styling a row's cells is the unit
 * of work, not the whole table's.
 */
function HeatmapRowView({ row, rowIndex, firstColumn, endColumn, columnsAfter, windowed, display, onRowClick }: HeatmapRowViewProps) {
  return (
    <tr aria-rowindex={rowIndex}>
      <th scope="row" data-label={row.label}>
        {onRowClick ? (
          <button type="button" className="link-button" onClick={() => onRowClick(row.label)}>
            {display(row.label)}
          </button>
        ) : (
          display(row.label)
        )}
      </th>
      <td data-value={row.size}>{formatInteger(row.size)}</td>
      {firstColumn > 0 && <td colSpan={firstColumn} aria-hidden="true" />}
      {row.cells.slice(firstColumn, endColumn).map((cell, k) =>
        cell ? (
          <td key={k} style={sequentialColor(cell.share)} title={cell.title} aria-colindex={windowed ? firstColumn + k + 3 : undefined}>
            {cell.text}
          </td>
        ) : (
          <td key={k} />
        ),
      )}
      {columnsAfter > 0 && <td colSpan={columnsAfter} aria-hidden="true" />}
    </tr>
  );
}

/**
 * A table whose cells are shaded by share (colour-blind-safe ramp); numbers stay in the cells for screen readers.
 * Columns follow the page's direction, so in a right-to-left page the table mirrors (first column on the right).
 * `formatRowLabel` turns a row's machine label (2024-03, 1403-01) into display text; CSV exports keep the machine label (data-label).
 * Memoised: a weekly heat map has thousands of cells, and a parent re-rendering with the same rows must not redraw them.
 *
 * A table of more than WINDOWED_CELLS cells scrolls in a box of its own and draws only the rows and
 * columns in view (fixed column widths, blank rows and cells standing in for the rest, the
 * cohort column kept in view); aria-rowcount, aria-colcount and the indexes tell assistive
 * technology where the drawn part sits, the CSV export holds every row (registerTableCsv), and
 * printing draws the whole table.
 *
 * A heat map mounts in a task of its own, after the charts waiting (ChartBox's useMountTurn): the
 * table is a few hundred to a thousand cells, each formatted and styled, and drawn in the same task
 * as the rest of a freshly loaded dashboard, it made that task the load's one long task (measured in
 * Chromium at 100k orders). Until its turn a box of the table's height stands in (no layout shift
 * for a table drawn whole); once drawn it redraws with new data at once.
 */
export const HeatmapTable = memo(function HeatmapTable(props: HeatmapProps) {
  const turn = useMountTurn(true);
  if (turn) return <DrawnHeatmap {...props} />;
  const height = isWindowed(props) ? '70vh' : `${(props.rows.length + 1) * lastMeasured.rowPx}px`;
  return <div className="heatmap-wrap" role="region" aria-label={props.caption} aria-busy="true" style={{ blockSize: height }} />;
});

/** The table itself, once its turn to mount has come (see HeatmapTable). */
const DrawnHeatmap = memo(function DrawnHeatmap(props: HeatmapProps) {
  const display = props.formatRowLabel ?? figuresText;
  const windowed = isWindowed(props);
  const box = useRef<HTMLDivElement>(null);
  const table = useRef<HTMLTableElement>(null);
  const [printing, setPrinting] = useState(false);
  // The measured row height sizes the blank rows standing in for those not drawn.
  const [rowPx, setRowPx] = useState(lastMeasured.rowPx);
  /** The box's scroll position, as its last scroll event left it (read then, not during a redraw). */
  const scrolled = useRef({ top: 0, start: 0 });
  const [view, setView] = useState<Window>(() => windowAt(0, 0, lastMeasured.height, lastMeasured.width, lastMeasured.rowPx, lastMeasured.columnPx, props.rows.length, props.columns.length));
  const full = !windowed || printing;
  const shown: Window = full ? { firstRow: 0, endRow: props.rows.length, firstColumn: 0, endColumn: props.columns.length } : view;

  // The whole table for the CSV export, whatever part is drawn.
  const csvSource = useRef(props);
  useLayoutEffect(() => {
    csvSource.current = props;
  });
  useEffect(() => (table.current ? registerTableCsv(table.current, () => heatmapCsv(csvSource.current)) : undefined), []);

  // Printing draws every row and column (the print layout has no scroll box).
  useEffect(() => {
    if (!windowed) return undefined;
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, [windowed]);

  // Measure a drawn row and data column (once for a column width: measuring forces a layout of the
  // page), then keep the window on what the box shows: scroll events and the box's size as a
  // ResizeObserver reports it (after the browser's own layout).
  const widths = useMemo(() => (windowed ? columnWidths(props) : null), [windowed, props]);
  const cellWidth = String(widths?.cell.inlineSize ?? '');
  useLayoutEffect(() => {
    const element = box.current;
    if (!windowed || !element) return undefined;
    if (lastMeasured.cellWidth !== cellWidth) {
      lastMeasured.rowPx = element.querySelector('tbody tr:not([aria-hidden])')?.getBoundingClientRect().height || ROW_PX;
      lastMeasured.columnPx = element.querySelector('thead th[aria-colindex]')?.getBoundingClientRect().width || COLUMN_PX;
      lastMeasured.height = element.clientHeight || BOX_HEIGHT_PX;
      lastMeasured.width = element.clientWidth || BOX_WIDTH_PX;
      // jsdom has no layout: nothing measured, nothing to remember.
      lastMeasured.cellWidth = lastMeasured.rowPx === ROW_PX && lastMeasured.height === BOX_HEIGHT_PX ? '' : cellWidth;
      scrolled.current = { top: element.scrollTop, start: Math.abs(element.scrollLeft) };
    }
    const { rowPx: measuredRowPx, columnPx } = lastMeasured;
    setRowPx(measuredRowPx);
    let frame = 0;
    const update = () => {
      // Header row height is small against the margins; a right-to-left box scrolls to negative scrollLeft.
      const next = windowAt(scrolled.current.top, scrolled.current.start, lastMeasured.height, lastMeasured.width, measuredRowPx, columnPx, props.rows.length, props.columns.length);
      setView((previous) => (sameWindow(previous, next) ? previous : next));
    };
    const onScroll = () => {
      if (frame !== 0) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        scrolled.current = { top: element.scrollTop, start: Math.abs(element.scrollLeft) };
        update();
      });
    };
    update();
    element.addEventListener('scroll', onScroll, { passive: true });
    const resized =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver(() => {
            const height = element.clientHeight;
            const width = element.clientWidth;
            if (height > 0 && width > 0 && (height !== lastMeasured.height || width !== lastMeasured.width)) {
              lastMeasured.height = height;
              lastMeasured.width = width;
              update();
            }
          });
    resized?.observe(element);
    return () => {
      element.removeEventListener('scroll', onScroll);
      resized?.disconnect();
      if (frame !== 0) cancelAnimationFrame(frame);
    };
    // props.rows and props.columns matter by their length (the window's bounds); a new cell width is measured anew.
  }, [windowed, props.rows.length, props.columns.length, cellWidth]);

  const columnsBefore = shown.firstColumn;
  const columnsAfter = props.columns.length - shown.endColumn;
  const rowsBefore = shown.firstRow;
  const rowsAfter = props.rows.length - shown.endRow;
  const visibleColumns = props.columns.slice(shown.firstColumn, shown.endColumn);
  const spacerRow = (rows: number, key: string) =>
    rows > 0 && (
      <tr key={key} aria-hidden="true" className="heatmap__spacer" style={{ blockSize: `${rows * rowPx}px` }}>
        <td colSpan={props.columns.length + 2} />
      </tr>
    );
  return (
    <div ref={box} className={windowed && !printing ? 'heatmap-wrap heatmap-wrap--windowed' : 'heatmap-wrap'} tabIndex={0} role="region" aria-label={props.caption}>
      <table
        ref={table}
        className={widths ? 'heatmap heatmap--fixed' : 'heatmap'}
        aria-label={props.caption}
        aria-rowcount={windowed ? props.rows.length + 1 : undefined}
        aria-colcount={windowed ? props.columns.length + 2 : undefined}
        style={widths?.table}
      >
        <caption className="visually-hidden">{props.caption}</caption>
        {widths && (
          <colgroup>
            <col style={widths.label} />
            <col style={widths.size} />
            {props.columns.map((c) => (
              <col key={c} className="heatmap__data-col" style={widths.cell} />
            ))}
          </colgroup>
        )}
        <thead>
          <tr aria-rowindex={windowed ? 1 : undefined}>
            <th scope="col">{props.rowHeader}</th>
            <th scope="col">{props.sizeHeader}</th>
            {columnsBefore > 0 && <th colSpan={columnsBefore} aria-hidden="true" />}
            {visibleColumns.map((c, i) => (
              <th scope="col" key={c} aria-colindex={windowed ? shown.firstColumn + i + 3 : undefined}>
                {c}
              </th>
            ))}
            {columnsAfter > 0 && <th colSpan={columnsAfter} aria-hidden="true" />}
          </tr>
        </thead>
        <tbody>
          {spacerRow(rowsBefore, 'before')}
          {props.rows.slice(shown.firstRow, shown.endRow).map((row, i) => (
            <HeatmapRowView
              key={row.label}
              row={row}
              rowIndex={windowed ? shown.firstRow + i + 2 : undefined}
              firstColumn={shown.firstColumn}
              endColumn={shown.endColumn}
              columnsAfter={columnsAfter}
              windowed={windowed}
              display={display}
              onRowClick={props.onRowClick}
            />
          ))}
          {spacerRow(rowsAfter, 'after')}
        </tbody>
      </table>
    </div>
  );
});

/** Characters of the longest text. */
function longest(texts: Iterable<string>): number {
  let most = 1;
  for (const text of texts) if (text.length > most) most = text.length;
  return most;
}

/**
 * Fixed column widths for a windowed table, from the longest text of each kind of column (in `ch`
 * of the table's font, ×1.2 for bold headers and proportional digits, plus the cells' 0.8rem of
 * inline padding): columns keep their width whichever rows are drawn.
 */
function columnWidths(props: HeatmapProps): { table: CSSProperties; label: CSSProperties; size: CSSProperties; cell: CSSProperties } {
  const display = props.formatRowLabel ?? figuresText;
  const label = Math.max(longest([props.rowHeader]), longest(props.rows.map((row) => display(row.label))));
  const size = Math.max(longest([props.sizeHeader]), longest(props.rows.map((row) => formatInteger(row.size))));
  let cell = longest(props.columns);
  if (props.longestCellText !== undefined) cell = Math.max(cell, props.longestCellText.length);
  else for (const row of props.rows) for (const c of row.cells) if (c && c.text.length > cell) cell = c.text.length;
  const ch = (chars: number) => chars * 1.2 + 0.5;
  const width = (chars: number) => `calc(${ch(chars).toFixed(2)}ch + 0.8rem)`;
  const columns = props.columns.length + 2;
  const total = ch(label) + ch(size) + ch(cell) * props.columns.length;
  return {
    table: { inlineSize: `calc(${total.toFixed(2)}ch + ${(0.8 * columns).toFixed(1)}rem)` },
    label: { inlineSize: width(label) },
    size: { inlineSize: width(size) },
    cell: { inlineSize: width(cell) },
  };
}
