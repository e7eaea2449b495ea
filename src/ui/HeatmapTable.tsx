import { memo } from 'react';
import { sequentialColor } from './palette';
import { formatInteger } from '../i18n/numbers';
import { figuresText } from '../i18n/dates';

export interface HeatmapRow {
  label: string;
  size: number;
  /** Share in [0, 1] for the colour, and the text to show; null where the period has not happened yet. */
  cells: ({ share: number; text: string; title: string } | null)[];
}

/**
 * A table whose cells are shaded by share (colour-blind-safe ramp); numbers stay in the cells for screen readers.
 * Columns follow the page's direction, so in a right-to-left page the table mirrors (first column on the right).
 * `formatRowLabel` turns a row's machine label (2024-03, 1403-01) into display text; CSV exports keep the machine label (data-label).
 * Memoised: a weekly heat map has thousands of cells, and a parent re-rendering with the same rows must not redraw them.
 */
export const HeatmapTable = memo(function HeatmapTable(props: {
  caption: string;
  rowHeader: string;
  sizeHeader: string;
  columns: string[];
  rows: HeatmapRow[];
  onRowClick?: (label: string) => void;
  formatRowLabel?: (label: string) => string;
}) {
  const display = props.formatRowLabel ?? figuresText;
  return (
    <div className="heatmap-wrap" tabIndex={0} role="region" aria-label={props.caption}>
      <table className="heatmap" aria-label={props.caption}>
        <caption className="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{props.rowHeader}</th>
            <th scope="col">{props.sizeHeader}</th>
            {props.columns.map((c) => (
              <th scope="col" key={c}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr key={row.label}>
              <th scope="row" data-label={row.label}>
                {props.onRowClick ? (
                  <button type="button" className="link-button" onClick={() => props.onRowClick?.(row.label)}>
                    {display(row.label)}
                  </button>
                ) : (
                  display(row.label)
                )}
              </th>
              <td data-value={row.size}>{formatInteger(row.size)}</td>
              {row.cells.map((cell, k) =>
                cell ? (
                  <td key={k} style={sequentialColor(cell.share)} title={cell.title}>
                    {cell.text}
                  </td>
                ) : (
                  <td key={k} />
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});
