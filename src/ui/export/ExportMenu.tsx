import { useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { t } from '../../i18n/messages';
import { chartSvgText, svgTextSize, svgToPng } from './chartSvg';
import { downloadBlob, downloadCsv, fileSlug } from './download';
import { findExportTargets, type ChartTarget, type ExportTargets, type TableTarget } from './targets';

const NO_TARGETS: ExportTargets = { charts: [], tables: [] };

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The panel's background, so exported charts keep the contrast they have on screen. */
function backgroundOf(element: HTMLElement | null): string {
  if (!element) return '';
  const colour = getComputedStyle(element).backgroundColor;
  return colour === 'rgba(0, 0, 0, 0)' || colour === 'transparent' ? '' : colour;
}

/**
 * The "Export" menu of a panel: Save PNG / Save SVG for each chart and Download CSV for each table
 * found in `target` when the menu opens (so it covers whatever the panel draws).
 */
export function ExportMenu(props: { panelId: string; panelTitle: string; target: RefObject<HTMLElement | null> }) {
  const menu = useRef<HTMLDetailsElement>(null);
  const [targets, setTargets] = useState<ExportTargets>(NO_TARGETS);
  const [problem, setProblem] = useState<string | null>(null);
  const fileName = (name: string, extension: string) => `${props.panelId}-${fileSlug(name)}.${extension}`;

  const close = () => {
    if (menu.current) menu.current.open = false;
  };
  const run = async (action: () => Promise<void> | void) => {
    setProblem(null);
    try {
      await action();
      close();
    } catch (error) {
      setProblem(t('export.failed', { message: errorText(error) }));
    }
  };
  const savePng = (chart: ChartTarget) =>
    run(async () => {
      const text = chartSvgText(chart.svg, backgroundOf(props.target.current));
      downloadBlob(await svgToPng(text, svgTextSize(text)), fileName(chart.name, 'png'));
    });
  const saveSvg = (chart: ChartTarget) =>
    run(() => downloadBlob(new Blob([chartSvgText(chart.svg, backgroundOf(props.target.current))], { type: 'image/svg+xml' }), fileName(chart.name, 'svg')));
  const saveCsv = (table: TableTarget) => run(() => downloadCsv(table.csv(), fileName(table.name, 'csv')));

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !menu.current?.open) return;
    event.preventDefault();
    close();
    menu.current.querySelector('summary')?.focus();
  };
  const empty = targets.charts.length === 0 && targets.tables.length === 0;

  return (
    <details
      ref={menu}
      className="export-menu no-print"
      onKeyDown={onKeyDown}
      onToggle={(event) => {
        if (event.currentTarget.open) setTargets(findExportTargets(props.target.current));
      }}
    >
      <summary className="button button--secondary" aria-label={t('export.menuLabel', { panel: props.panelTitle })}>
        {t('export.menu')}
      </summary>
      <div className="export-menu__items">
        {empty && <p>{t('export.nothing')}</p>}
        {!empty && (
          <ul>
          {targets.charts.map((chart, i) => (
            <li key={`chart-${i}`}>
              <button type="button" className="link-button" onClick={() => void savePng(chart)}>
                {t('export.png', { name: chart.name })}
              </button>
              <button type="button" className="link-button" onClick={() => void saveSvg(chart)}>
                {t('export.svg', { name: chart.name })}
              </button>
            </li>
          ))}
          {targets.tables.map((table, i) => (
            <li key={`table-${i}`}>
              <button type="button" className="link-button" onClick={() => void saveCsv(table)}>
                {t('export.csv', { name: table.name })}
              </button>
            </li>
          ))}
          </ul>
        )}
        {problem && (
          <p role="alert" className="panel__error">
            {problem}
          </p>
        )}
      </div>
    </details>
  );
}
