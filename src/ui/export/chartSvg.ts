/**
 * A chart's <svg> as a stand-alone SVG file. Recharts styles its shapes partly through CSS (and
 * the page's theme variables), which a file opened elsewhere would lose: every element of the copy
 * gets the computed values of the presentation properties inlined, and a background rectangle in
 * the panel's colour, so the file looks like the screen.
 */
const INLINED_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
] as const;

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

/** The drawn size of an svg: its width/height attributes, else its box on screen. */
export function chartSize(svg: SVGSVGElement): { width: number; height: number } {
  const attribute = (name: string): number => {
    const value = Number.parseFloat(svg.getAttribute(name) ?? '');
    return Number.isFinite(value) && value > 0 ? value : 0;
  };
  const box = svg.getBoundingClientRect();
  return { width: attribute('width') || box.width || 600, height: attribute('height') || box.height || 300 };
}

function inlineStyle(element: Element): string {
  const computed = getComputedStyle(element);
  const declarations: string[] = [];
  for (const property of INLINED_PROPERTIES) {
    const value = computed.getPropertyValue(property);
    if (value !== '') declarations.push(`${property}:${value}`);
  }
  return declarations.join(';');
}

interface LegendEntry {
  label: string;
  colour: string;
  textColour: string;
}

/**
 * The colour a legend icon is drawn in: its first shape's stroke, else its fill. Recharts writes
 * the series colour as attributes; computed values cover icons coloured by CSS.
 */
function iconColour(item: Element): string {
  const painted = (value: string | null): value is string =>
    value !== null && value !== '' && !['none', 'transparent', 'currentcolor', 'rgba(0, 0, 0, 0)'].includes(value.toLowerCase());
  // Drawn shapes only: a <title>, <desc> or <g> has a computed fill too (black by default).
  const shapes = [...item.querySelectorAll('svg path, svg rect, svg circle, svg ellipse, svg line, svg polyline, svg polygon')];
  // What Recharts wrote on the shapes first, then what CSS computed for them.
  for (const shape of shapes) {
    for (const value of [shape.getAttribute('stroke'), shape.getAttribute('fill')]) if (painted(value)) return value;
  }
  for (const shape of shapes) {
    const style = getComputedStyle(shape);
    for (const value of [style.getPropertyValue('stroke'), style.getPropertyValue('fill')]) if (painted(value)) return value;
  }
  return 'currentColor';
}

/** Recharts draws its legend in HTML next to the svg: read it so the file keeps it. */
function legendEntries(svg: SVGSVGElement): LegendEntry[] {
  const legend = svg.parentElement?.querySelector('.recharts-legend-wrapper');
  if (!legend) return [];
  return [...legend.querySelectorAll('.recharts-legend-item')].map((item) => {
    const text = item.querySelector('.recharts-legend-item-text') ?? item;
    return { label: (text.textContent ?? '').trim(), colour: iconColour(item), textColour: getComputedStyle(text).color || 'currentColor' };
  });
}

const LEGEND_ROW = 22;

/** Draws the legend entries in rows under the chart; returns the height they take. */
function drawLegend(copy: SVGSVGElement, entries: readonly LegendEntry[], top: number, width: number): number {
  if (entries.length === 0) return 0;
  const document = copy.ownerDocument;
  const group = document.createElementNS(SVG_NAMESPACE, 'g');
  group.setAttribute('class', 'exported-legend');
  let x = 8;
  let y = top + 8;
  for (const entry of entries) {
    // About 7 px per character at 12 px: enough to lay entries out without measuring text.
    const entryWidth = 18 + entry.label.length * 7 + 16;
    if (x > 8 && x + entryWidth > width) {
      x = 8;
      y += LEGEND_ROW;
    }
    const swatch = document.createElementNS(SVG_NAMESPACE, 'rect');
    for (const [name, value] of [['x', x], ['y', y + 2], ['width', 12], ['height', 12], ['fill', entry.colour]] as const) swatch.setAttribute(name, String(value));
    const label = document.createElementNS(SVG_NAMESPACE, 'text');
    for (const [name, value] of [['x', x + 18], ['y', y + 12], ['fill', entry.textColour], ['font-size', 12], ['font-family', 'system-ui, sans-serif']] as const) label.setAttribute(name, String(value));
    label.textContent = entry.label;
    group.append(swatch, label);
    x += entryWidth;
  }
  copy.append(group);
  return y + LEGEND_ROW - top;
}

/** The SVG file text of a chart on screen, with its legend. `background` is any CSS colour ('' for transparent). */
export function chartSvgText(svg: SVGSVGElement, background: string): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  originals.forEach((original, i) => {
    const target = copies[i];
    if (!target) return;
    const style = inlineStyle(original);
    if (style !== '') target.setAttribute('style', style);
  });
  const size = chartSize(svg);
  const { width } = size;
  const legendHeight = drawLegend(copy, legendEntries(svg), size.height, width);
  const height = size.height + legendHeight;
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  // Recharts draws in screen pixels (viewBox = its size): the legend extends it downwards. A chart
  // with its own coordinate system and no Recharts legend keeps its viewBox.
  if (legendHeight > 0 || !copy.hasAttribute('viewBox')) copy.setAttribute('viewBox', `0 0 ${width} ${height}`);
  if (background !== '') {
    const rect = copy.ownerDocument.createElementNS(SVG_NAMESPACE, 'rect');
    rect.setAttribute('width', '100%');
    rect.setAttribute('height', '100%');
    rect.setAttribute('fill', background);
    copy.insertBefore(rect, copy.firstChild);
  }
  const text = new XMLSerializer().serializeToString(copy);
  return text.includes('xmlns=') ? text : text.replace(/^<svg/, `<svg xmlns="${SVG_NAMESPACE}"`);
}

/** The size an exported SVG text declares (the chart plus its legend). */
export function svgTextSize(svgText: string): { width: number; height: number } {
  const root = new DOMParser().parseFromString(svgText, 'image/svg+xml').documentElement;
  return { width: Number(root.getAttribute('width')) || 600, height: Number(root.getAttribute('height')) || 300 };
}

/** A PNG of an SVG text at `scale` times its size (2: sharp on high-density screens and in print). */
export async function svgToPng(svgText: string, size: { width: number; height: number }, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('the chart image could not be drawn'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(size.width * scale);
    canvas.height = Math.ceil(size.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, size.width, size.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be encoded'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
