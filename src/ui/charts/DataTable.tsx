import type { ReactNode } from 'react';

export interface DataColumn<Row> {
  header: string;
  cell: (row: Row) => ReactNode;
  /** The column that names the row (rendered as <th scope="row">). */
  isRowHeader?: boolean;
  /** Right-aligned (end-aligned in RTL), tabular figures. */
  numeric?: boolean;
}

/**
 * A plain accessible table: the numbers behind a chart, or a table in its own right. The caption
 * names it for screen readers (visible when `captionVisible`).
 */
export function DataTable<Row>(props: {
  caption: string;
  columns: readonly DataColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => string;
  captionVisible?: boolean;
  /** Rows after the body (totals), rendered in <tfoot>. */
  footerRows?: readonly Row[];
}) {
  const renderRow = (row: Row, index: number) => (
    <tr key={props.rowKey(row, index)}>
      {props.columns.map((column, c) =>
        column.isRowHeader ? (
          <th scope="row" key={c}>
            {column.cell(row)}
          </th>
        ) : (
          <td key={c} className={column.numeric ? 'figure-table__number' : undefined}>
            {column.cell(row)}
          </td>
        ),
      )}
    </tr>
  );
  return (
    // Focusable and named so a keyboard user can scroll a wide table (axe: scrollable-region-focusable).
    <div className="figure-table-wrap" tabIndex={0} role="region" aria-label={props.caption}>
      <table className="figure-table">
        <caption className={props.captionVisible ? 'figure-table__caption' : 'visually-hidden'}>{props.caption}</caption>
        <thead>
          <tr>
            {props.columns.map((column, c) => (
              <th scope="col" key={c} className={column.numeric ? 'figure-table__number' : undefined}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{props.rows.map(renderRow)}</tbody>
        {props.footerRows && props.footerRows.length > 0 && <tfoot>{props.footerRows.map((row, i) => renderRow(row, props.rows.length + i))}</tfoot>}
      </table>
    </div>
  );
}
