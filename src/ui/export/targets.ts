/** What a panel can export, found in its DOM: charts (role="img" holding an svg), tables and lists of figures (<dl>). */
import { t } from '../../i18n/messages';
import { definitionListCsv, exportedTableCsv } from './tableCsv';

export interface ChartTarget {
  name: string;
  svg: SVGSVGElement;
}

export interface TableTarget {
  name: string;
  /** The CSV text, read from the DOM when asked (the panel may have redrawn since the menu opened). */
  csv: () => string;
}

export interface ExportTargets {
  charts: ChartTarget[];
  tables: TableTarget[];
}

/** The chart's drawing: the Recharts surface (not a legend icon), else the first svg. */
function chartSvg(element: Element): SVGSVGElement | null {
  if (element instanceof SVGSVGElement) return element;
  return element.querySelector<SVGSVGElement>('.recharts-wrapper > svg') ?? element.querySelector<SVGSVGElement>('svg');
}

export function findExportTargets(container: HTMLElement | null): ExportTargets {
  if (!container) return { charts: [], tables: [] };
  const charts: ChartTarget[] = [];
  for (const element of container.querySelectorAll('[role="img"]')) {
    const svg = chartSvg(element);
    if (svg) charts.push({ name: element.getAttribute('aria-label') ?? t('export.chart', { n: charts.length + 1 }), svg });
  }
  const tables: TableTarget[] = [];
  for (const table of container.querySelectorAll('table')) {
    const caption = table.caption?.textContent?.trim();
    tables.push({ name: table.getAttribute('aria-label') ?? (caption || t('export.table', { n: tables.length + 1 })), csv: () => exportedTableCsv(table) });
  }
  // Figures (<dl>) export together per block of cards (.kpis), else per list.
  const figureBlocks = new Set<Element>();
  for (const list of container.querySelectorAll('dl')) if (list.querySelector('dd') !== null) figureBlocks.add(list.closest('.kpis') ?? list);
  for (const block of figureBlocks) {
    const name = block.getAttribute('aria-label') ?? sectionTitle(block, container) ?? t('export.table', { n: tables.length + 1 });
    tables.push({ name, csv: () => definitionListCsv(block) });
  }
  return { charts: distinctNames(charts), tables: distinctNames(tables) };
}

/** The title of the (sub-)section holding an element: its aria-labelledby heading, else the panel's. */
function sectionTitle(element: Element, container: HTMLElement): string | null {
  const section = element.parentElement?.closest('section[aria-labelledby]');
  const labelId = section && container.contains(section) ? section.getAttribute('aria-labelledby') : null;
  const title = (labelId ? element.ownerDocument.getElementById(labelId)?.textContent : null) ?? container.querySelector('h2')?.textContent ?? null;
  return title?.trim() || null;
}

/** "Revenue", "Revenue (2)", …: every menu entry (and file name) says which one it is. */
function distinctNames<Target extends { name: string }>(targets: Target[]): Target[] {
  const seen = new Map<string, number>();
  return targets.map((target) => {
    const count = (seen.get(target.name) ?? 0) + 1;
    seen.set(target.name, count);
    return count === 1 ? target : { ...target, name: t('export.repeatedName', { name: target.name, n: count }) };
  });
}
