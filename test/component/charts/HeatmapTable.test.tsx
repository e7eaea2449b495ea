// @vitest-environment jsdom
/**
 * The heat map table: drawn whole up to WINDOWED_CELLS cells; above that, only the rows and
 * columns its scroll box shows (jsdom has no layout, so the box counts as 600 × 1200 px and rows
 * as 26 px), with aria-rowcount/colcount, every row in the CSV export, the window following the
 * scroll position, and the whole table drawn for printing. The CSV built from the data is the one
 * read from a table drawn in full.
 */
import { describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { HeatmapTable, WINDOWED_CELLS, heatmapCsv, type HeatmapRow } from '../../../src/ui/HeatmapTable';
import { exportedTableCsv, tableCsv } from '../../../src/ui/export/tableCsv';

/** A cohort triangle: `n` cohorts, cohort i with n − i periods, the first at 100%. */
function triangle(n: number): { columns: string[]; rows: HeatmapRow[] } {
  const columns = Array.from({ length: n }, (_, k) => `+${k}`);
  const rows = Array.from({ length: n }, (_, i) => ({
    label: `2020-W${String(i + 1).padStart(3, '0')}`,
    size: 100 + i,
    cells: columns.map((_, k) => (k < n - i ? { share: k === 0 ? 1 : 0.3, text: k === 0 ? '100%' : `${(i + k) % 40}%`, title: `cell ${i} ${k}` } : null)),
  }));
  return { columns, rows };
}

async function renderHeatmap(n: number) {
  const { columns, rows } = triangle(n);
  const result = render(<HeatmapTable caption="Retention by cohort" rowHeader="Cohort" sizeHeader="Customers" columns={columns} rows={rows} />);
  // It mounts in its turn (a task after the render), a box of its height standing in until then.
  const table = (await screen.findByRole('table', { name: 'Retention by cohort' })) as HTMLTableElement;
  return { ...result, table, columns, rows };
}

/** Data rows drawn (not the blank rows standing in for the others). */
function drawnRows(table: HTMLTableElement): HTMLTableRowElement[] {
  return [...table.tBodies[0]!.rows].filter((row) => !row.hasAttribute('aria-hidden'));
}

describe('HeatmapTable', () => {
  it('stands a box of the table’s height in until its turn to mount, then draws the table', async () => {
    const { columns, rows } = triangle(20);
    render(<HeatmapTable caption="Retention by cohort" rowHeader="Cohort" sizeHeader="Customers" columns={columns} rows={rows} />);
    const waiting = screen.getByRole('region', { name: 'Retention by cohort' });
    expect(waiting).toHaveAttribute('aria-busy', 'true');
    expect(waiting.style.blockSize).toBe(`${21 * 26}px`); // 20 rows and the header, 26 px each until measured
    expect(screen.queryByRole('table')).toBeNull();
    expect(await screen.findByRole('table', { name: 'Retention by cohort' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Retention by cohort' })).not.toHaveAttribute('aria-busy');
  });

  it('draws a small table whole, and its CSV from the data is the CSV read from the table', async () => {
    const { table, columns, rows } = await renderHeatmap(20);
    expect(rows.length * (columns.length + 2)).toBeLessThan(WINDOWED_CELLS);
    expect(table).not.toHaveAttribute('aria-rowcount');
    expect(drawnRows(table)).toHaveLength(20);
    expect(heatmapCsv({ rowHeader: 'Cohort', sizeHeader: 'Customers', columns, rows })).toBe(tableCsv(table));
    expect(exportedTableCsv(table)).toBe(tableCsv(table));
  });

  it('draws only the part in view of a large table, and exports every row', async () => {
    const { table } = await renderHeatmap(150);
    expect(table).toHaveAttribute('aria-rowcount', '151');
    expect(table).toHaveAttribute('aria-colcount', '152');
    const shown = drawnRows(table);
    // 600 px / 26 px = 24 rows in view, plus a margin of 10 below.
    expect(shown.length).toBeGreaterThan(20);
    expect(shown.length).toBeLessThan(50);
    expect(shown[0]).toHaveAttribute('aria-rowindex', '2');
    expect(within(shown[0]!).getByRole('rowheader')).toHaveTextContent('2020-W001');
    // Columns too: the first row holds at most the columns in 1200 px of 56 px, plus margins.
    expect(shown[0]!.querySelectorAll('td[aria-colindex]').length).toBeLessThan(40);
    const csv = exportedTableCsv(table).trimEnd().split('\r\n');
    expect(csv).toHaveLength(151);
    expect(csv[0]!.split(',')).toHaveLength(152);
    expect(csv[150]!.split(',').slice(0, 3)).toEqual(['2020-W150', '249', '100%']);
  });

  it('moves the drawn rows and columns with the scroll position', async () => {
    const { container, table } = await renderHeatmap(150);
    const box = container.querySelector<HTMLDivElement>('.heatmap-wrap')!;
    box.scrollTop = 26 * 100;
    box.scrollLeft = 56 * 30;
    fireEvent.scroll(box);
    await act(() => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined))));
    const shown = drawnRows(table);
    const first = Number(shown[0]!.getAttribute('aria-rowindex'));
    // Row 100 is at the top of the box: rows from 90 (index 92 with the header) are drawn.
    expect(first).toBe(92);
    expect(within(shown[0]!).getByRole('rowheader')).toHaveTextContent('2020-W091');
    const firstColumn = Number(shown[0]!.querySelector('td[aria-colindex]')!.getAttribute('aria-colindex'));
    expect(firstColumn).toBe(26 + 3);
  });

  it('draws the whole table for printing and goes back to the window after', async () => {
    const { table } = await renderHeatmap(150);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(drawnRows(table)).toHaveLength(150);
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(drawnRows(table).length).toBeLessThan(50);
  });
});
