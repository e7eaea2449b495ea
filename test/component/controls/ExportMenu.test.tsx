// @vitest-environment jsdom
/**
 * Exports from a panel: the Export menu lists the panel's charts and tables when it opens; a
 * table downloads as CSV (raw data-value numbers, formula cells neutralised), a chart as a
 * stand-alone SVG with its computed colours inlined.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PanelFrame } from '../../../src/ui/PanelFrame';
import { HeatmapTable } from '../../../src/ui/HeatmapTable';
import { KpiCard } from '../../../src/ui/KpiCard';
import { chartSvgText } from '../../../src/ui/export/chartSvg';
import { tableCsv } from '../../../src/ui/export/tableCsv';
import { captureDownloads } from './downloads';

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  document.head.querySelectorAll('style').forEach((s) => s.remove());
});

function Chart() {
  return (
    <div className="chart" role="img" aria-label="Retention curve">
      <div className="recharts-wrapper">
        <svg className="recharts-surface" width="300" height="120">
          <path className="curve" d="M0 0 L10 10" />
          <text x="5" y="5">
            50%
          </text>
        </svg>
        <div className="recharts-legend-wrapper">
          <svg width="14" height="14">
            <rect width="14" height="14" />
          </svg>
        </div>
      </div>
    </div>
  );
}

function Panel() {
  return (
    <PanelFrame id="cohorts" title="Cohort retention">
      <HeatmapTable
        caption="Cohort table"
        rowHeader="Cohort"
        sizeHeader="Customers"
        columns={['+0', '+1']}
        rows={[
          { label: '2024-01', size: 3, cells: [{ share: 1, text: '100.0%', title: '' }, { share: 1 / 3, text: '33.3%', title: '' }] },
          { label: '=cmd|calc', size: 2, cells: [{ share: 1, text: '100.0%', title: '' }, null] },
        ]}
      />
      <Chart />
    </PanelFrame>
  );
}

describe('tableCsv', () => {
  it('reads a table as shown, row by row, with blanks for empty cells and formulas neutralised', async () => {
    render(<Panel />);
    const csv = tableCsv((await screen.findByRole('table', { name: 'Cohort table' })) as HTMLTableElement);
    // "+0" is text starting with "+": a spreadsheet would evaluate it, so it gets the apostrophe too.
    expect(csv).toBe("Cohort,Customers,'+0,'+1\r\n2024-01,3,100.0%,33.3%\r\n'=cmd|calc,2,100.0%,\r\n");
  });

  it('prefers the raw data-value of a cell and pads spanned columns', () => {
    render(
      <table>
        <tbody>
          <tr>
            <th colSpan={2}>Group</th>
            <th>Revenue</th>
          </tr>
          <tr>
            <td>a</td>
            <td>b</td>
            <td data-value="-1234.5">−$1,235</td>
          </tr>
        </tbody>
      </table>,
    );
    expect(tableCsv(screen.getByRole('table') as HTMLTableElement)).toBe('Group,,Revenue\r\na,b,-1234.5\r\n');
  });

  it('writes text cells with Latin digits when the page shows Persian or Arabic-Indic ones', () => {
    render(
      <table>
        <tbody>
          <tr>
            <th>مرحله</th>
            <th>نرخ</th>
          </tr>
          <tr>
            <td>۱۲ روز</td>
            <td>٣٧٫٥٪ از ۱٬۲۰۰</td>
          </tr>
        </tbody>
      </table>,
    );
    expect(tableCsv(screen.getByRole('table') as HTMLTableElement)).toBe('مرحله,نرخ\r\n12 روز,"37.5% از 1,200"\r\n');
  });
});

describe('chartSvgText', () => {
  it('inlines computed colours, sizes the file and paints the background', () => {
    const style = document.createElement('style');
    style.textContent = '.curve { stroke: rgb(0, 114, 178); fill: none; } text { fill: rgb(20, 20, 20); }';
    document.head.append(style);
    render(<Chart />);
    const svg = document.querySelector<SVGSVGElement>('.recharts-wrapper > svg')!;
    const text = chartSvgText(svg, 'rgb(255, 255, 255)');
    const file = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = file.documentElement;
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(root.getAttribute('width')).toBe('300');
    expect(root.getAttribute('viewBox')).toBe('0 0 300 120');
    expect(root.firstElementChild?.getAttribute('fill')).toBe('rgb(255, 255, 255)');
    expect(file.querySelector('path')?.getAttribute('style')).toContain('stroke:rgb(0, 114, 178)');
    expect(file.querySelector('text')?.getAttribute('style')).toContain('fill:rgb(20, 20, 20)');
    // The page is untouched.
    expect(svg.querySelector('path')?.hasAttribute('style')).toBe(false);
  });
});

describe('chartSvgText with a Recharts legend', () => {
  it('draws the HTML legend into the file, under the chart, in the series colours', () => {
    render(
      <div className="recharts-wrapper">
        <svg width="300" height="120" viewBox="0 0 300 120">
          <path d="M0 0 L10 10" stroke="#0072B2" />
        </svg>
        <div className="recharts-legend-wrapper">
          <ul>
            <li className="recharts-legend-item">
              <svg width="14" height="14">
                {/* Recharts' Surface writes <title> and <desc> first; Chromium computes them a black fill. */}
                <title style={{ fill: 'black' }} />
                <desc style={{ fill: 'black' }} />
                <path stroke="none" fill="#0072B2" d="M0 0h14v14H0z" />
              </svg>
              <span className="recharts-legend-item-text">Retention</span>
            </li>
            <li className="recharts-legend-item">
              <svg width="14" height="14">
                <path stroke="#E69F00" fill="none" d="M0 7h14" />
              </svg>
              <span className="recharts-legend-item-text">Churn</span>
            </li>
          </ul>
        </div>
      </div>,
    );
    const file = new DOMParser().parseFromString(chartSvgText(document.querySelector<SVGSVGElement>('.recharts-wrapper > svg')!, ''), 'image/svg+xml');
    const legend = file.querySelector('.exported-legend')!;
    expect([...legend.querySelectorAll('text')].map((t) => t.textContent)).toEqual(['Retention', 'Churn']);
    expect([...legend.querySelectorAll('rect')].map((r) => r.getAttribute('fill'))).toEqual(['#0072B2', '#E69F00']);
    // Both entries fit one row (18 + 9×7 + 16 = 97 and 18 + 5×7 + 16 = 69 px of 300): 120 px chart + 8 px gap + 22 px row = 150.
    expect(file.documentElement.getAttribute('height')).toBe('150');
    expect(file.documentElement.getAttribute('viewBox')).toBe('0 0 300 150');
  });
});

describe('Export menu in PanelFrame', () => {
  it('lists the charts and tables of the panel and downloads a table as CSV', async () => {
    const saved = captureDownloads();
    const user = userEvent.setup();
    render(<Panel />);
    await user.click(screen.getByText('Export'));
    expect(screen.getByRole('button', { name: 'Save PNG: Retention curve' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save SVG: Retention curve' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Download CSV: Cohort table' }));
    expect(saved.map((f) => f.fileName)).toEqual(['cohorts-cohort-table.csv']);
    expect(await saved[0]!.blob.text()).toBe("Cohort,Customers,'+0,'+1\r\n2024-01,3,100.0%,33.3%\r\n'=cmd|calc,2,100.0%,\r\n");
    // Blob.text() drops the byte-order mark; the bytes keep it (Excel needs it to read UTF-8).
    expect([...new Uint8Array(await saved[0]!.blob.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // The menu closed after the download.
    expect(screen.getByText('Export').closest('details')).not.toHaveAttribute('open');
  });

  it('saves a chart as SVG', async () => {
    const saved = captureDownloads();
    const user = userEvent.setup();
    render(<Panel />);
    await user.click(screen.getByText('Export'));
    await user.click(screen.getByRole('button', { name: 'Save SVG: Retention curve' }));
    expect(saved[0]!.fileName).toBe('cohorts-retention-curve.svg');
    expect(saved[0]!.blob.type).toBe('image/svg+xml');
    expect(await saved[0]!.blob.text()).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]*width="300"/);
  });

  it('exports a list of figures (the KPI cards) with their raw values', async () => {
    const saved = captureDownloads();
    const user = userEvent.setup();
    render(
      <PanelFrame id="overview" title="Overview">
        <div className="kpis">
          <KpiCard label="Orders" value={10} format={String} />
          <KpiCard label="Revenue" value={905.74} format={(v) => `$${v.toFixed(0)}`} />
        </div>
      </PanelFrame>,
    );
    await user.click(screen.getByText('Export'));
    // One entry for the block of cards, not one per card.
    expect(screen.getAllByRole('button', { name: /^Download CSV/ }).map((b) => b.textContent)).toEqual(['Download CSV: Overview']);
    await user.click(screen.getByRole('button', { name: 'Download CSV: Overview' }));
    expect(await saved[0]!.blob.text()).toBe('Figure,Value\r\nOrders,10\r\nRevenue,905.74\r\n');
  });

  it('names blocks of figures by their sub-section and numbers repeated names', async () => {
    const user = userEvent.setup();
    render(
      <PanelFrame id="churn" title="Churn">
        <section aria-labelledby="repeat-title">
          <h3 id="repeat-title">Repeat purchases</h3>
          <div className="kpis">
            <KpiCard label="Rate" value={45} format={String} />
          </div>
        </section>
        <div className="kpis">
          <KpiCard label="A" value={1} format={String} />
        </div>
        <div className="kpis">
          <KpiCard label="B" value={2} format={String} />
        </div>
      </PanelFrame>,
    );
    await user.click(screen.getByText('Export'));
    expect(screen.getAllByRole('button', { name: /^Download CSV/ }).map((b) => b.textContent)).toEqual([
      'Download CSV: Repeat purchases',
      'Download CSV: Churn',
      'Download CSV: Churn (2)',
    ]);
  });

  it('says so when a panel has nothing to export, and closes on Escape', async () => {
    const user = userEvent.setup();
    render(
      <PanelFrame id="empty" title="Empty">
        <p>Nothing here</p>
      </PanelFrame>,
    );
    await user.click(screen.getByText('Export'));
    const menu = screen.getByText('Export').closest('details')!;
    expect(within(menu).getByText('Nothing to export in this panel yet.')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(menu).not.toHaveAttribute('open');
  });

  it('can be left out', () => {
    render(
      <PanelFrame id="plain" title="Plain" exportable={false}>
        <p>x</p>
      </PanelFrame>,
    );
    expect(screen.queryByText('Export')).not.toBeInTheDocument();
  });
});
