import { sequentialColor } from '../palette';

export interface MatrixRow {
  label: string;
  /** Share in [0, 1] for the shading, the text to show and a tooltip that says it in words. */
  cells: { share: number; text: string; title: string }[];
}

/** A from × to table of counts, cells shaded on the colour-blind-safe blue ramp; the numbers stay in the cells. */
export function MatrixTable(props: { caption: string; corner: string; columns: readonly string[]; rows: readonly MatrixRow[] }) {
  return (
    <div className="heatmap-wrap" tabIndex={0} role="region" aria-label={props.caption}>
      <table className="heatmap">
        <caption className="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{props.corner}</th>
            {props.columns.map((column) => (
              <th scope="col" key={column}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {row.cells.map((cell, k) => (
                <td key={k} style={sequentialColor(cell.share)} title={cell.title}>
                  {cell.text}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
