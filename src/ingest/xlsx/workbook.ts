/**
 * Reading an .xlsx workbook (a zip of SpreadsheetML parts, ECMA-376) with fflate's unzip:
 * the sheet list from the workbook part and its relationships, then the chosen sheet's rows.
 */
import { strFromU8, unzipSync } from 'fflate';
import { dateStyles } from './styles';
import { readSheetRows, type SheetRows } from './sheet';
import { attributes, textOfRuns } from './xml';

export type WorkbookResult =
  | { ok: true; sheetNames: string[]; sheet: string; rows: string[][]; lines: number[] }
  | { ok: false; reason: 'not-a-workbook' | 'corrupt' | 'no-such-sheet' | 'empty'; sheetNames: string[] };

interface SheetEntry {
  name: string;
  path: string;
}

function resolvePath(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const segment of target.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.') parts.push(segment);
  }
  return parts.join('/');
}

function relationships(xml: string | null): Map<string, string> {
  const map = new Map<string, string>();
  if (!xml) return map;
  for (const match of xml.matchAll(/<(?:\w+:)?Relationship\b([^>]*?)\/?>/g)) {
    const attrs = attributes(match[1]!);
    if (attrs.Id && attrs.Target) map.set(attrs.Id, attrs.Target);
  }
  return map;
}

function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf('/');
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

export function readWorkbook(bytes: Uint8Array, wantedSheet?: string): WorkbookResult {
  let files: Record<string, Uint8Array>;
  try {
    // Only the XML parts: images and other media in the archive are never inflated.
    files = unzipSync(bytes, { filter: (file) => /\.(xml|rels)$/i.test(file.name) });
  } catch {
    return { ok: false, reason: 'corrupt', sheetNames: [] };
  }
  const text = (path: string): string | null => {
    const data = files[path];
    return data ? strFromU8(data) : null;
  };
  const rootTarget = [...relationships(text('_rels/.rels')).values()].find((target) => /workbook\.xml$/i.test(target));
  const workbookPath = rootTarget ? resolvePath('', rootTarget) : 'xl/workbook.xml';
  const workbookXml = text(workbookPath);
  if (!workbookXml) return { ok: false, reason: 'not-a-workbook', sheetNames: [] };
  const rels = relationships(text(relsPathOf(workbookPath)));
  const sheets: SheetEntry[] = [];
  for (const match of workbookXml.matchAll(/<(?:\w+:)?sheet\b([^>]*?)\/?>/g)) {
    const attrs = attributes(match[1]!);
    const target = attrs.id ? rels.get(attrs.id) : undefined;
    if (attrs.name && target) sheets.push({ name: attrs.name, path: resolvePath(workbookPath, target) });
  }
  const sheetNames = sheets.map((sheet) => sheet.name);
  const workbookPr = /<(?:\w+:)?workbookPr\b([^>]*?)\/?>/.exec(workbookXml);
  const date1904 = workbookPr ? ['1', 'true'].includes(attributes(workbookPr[1]!).date1904 ?? '') : false;
  const stringsPath = [...rels.values()].find((target) => /sharedStrings\.xml$/i.test(target));
  const stylesPath = [...rels.values()].find((target) => /styles\.xml$/i.test(target));
  const stringsXml = stringsPath ? text(resolvePath(workbookPath, stringsPath)) : null;
  const sharedStrings = stringsXml ? [...stringsXml.matchAll(/<(?:\w+:)?si\b[^>]*>([\s\S]*?)<\/(?:\w+:)?si>|<(?:\w+:)?si\s*\/>/g)].map((m) => textOfRuns(m[1] ?? '')) : [];
  const context = { sharedStrings, dateStyles: dateStyles(stylesPath ? text(resolvePath(workbookPath, stylesPath)) : null), date1904 };

  const candidates = wantedSheet === undefined ? sheets : sheets.filter((sheet) => sheet.name === wantedSheet);
  if (candidates.length === 0) return { ok: false, reason: wantedSheet === undefined ? 'empty' : 'no-such-sheet', sheetNames };
  for (const sheet of candidates) {
    const xml = text(sheet.path);
    const read: SheetRows = xml ? readSheetRows(xml, context) : { rows: [], lines: [] };
    if (read.rows.length > 0 || wantedSheet !== undefined) {
      if (read.rows.length === 0) return { ok: false, reason: 'empty', sheetNames };
      return { ok: true, sheetNames, sheet: sheet.name, rows: read.rows, lines: read.lines };
    }
  }
  return { ok: false, reason: 'empty', sheetNames };
}
