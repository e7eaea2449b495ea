/**
 * Which cell styles show dates. A numeric cell is a date when its style's number format is a
 * built-in date/time format (ids 14–22 and 45–47, ECMA-376 Part 1 §18.8.30) or a custom format
 * code with day, month, year or hour tokens outside quotes and brackets (`dd/mm/yyyy`, `[$-409]mmm d`).
 */
import { attributes } from './xml';

const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

export function isDateFormatCode(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '')
    .toLowerCase();
  return /[dmyhs]/.test(bare) && !/^general$/.test(bare.trim());
}

/** For each cellXfs index (a cell's `s` attribute): true when it formats numbers as dates. */
export function dateStyles(stylesXml: string | null): boolean[] {
  if (!stylesXml) return [];
  const customDate = new Map<number, boolean>();
  for (const match of stylesXml.matchAll(/<(?:\w+:)?numFmt\b([^>]*?)\/?>/g)) {
    const attrs = attributes(match[1]!);
    const id = Number(attrs.numFmtId);
    if (Number.isFinite(id)) customDate.set(id, isDateFormatCode(attrs.formatCode ?? ''));
  }
  const cellXfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(stylesXml);
  if (!cellXfs) return [];
  const result: boolean[] = [];
  for (const match of cellXfs[1]!.matchAll(/<(?:\w+:)?xf\b([^>]*?)\/?>/g)) {
    const id = Number(attributes(match[1]!).numFmtId ?? '0');
    result.push(customDate.get(id) ?? BUILT_IN_DATE_FORMATS.has(id));
  }
  return result;
}
