/**
 * The little XML we need from SpreadsheetML parts (ECMA-376): attributes of a tag, text with the
 * five predefined entities and numeric character references, and OOXML's `_xHHHH_` escapes.
 * Workbook parts are machine-written, so regular expressions over the text are enough.
 */

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXmlText(text: string): string {
  if (!text.includes('&') && !text.includes('_x')) return text;
  return text
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
      return ENTITIES[name] ?? whole;
    })
    .replace(/_x([0-9a-f]{4})_/gi, (_whole, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Attributes of a start tag's inner text (`r="A1" t="s"`), namespace prefixes dropped from the names. */
export function attributes(tagInner: string): Record<string, string> {
  const result: Record<string, string> = {};
  const pattern = /([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
  for (let match = pattern.exec(tagInner); match; match = pattern.exec(tagInner)) {
    const name = match[1]!.replace(/^[\w.-]+:/, '');
    result[name] = decodeXmlText(match[3] ?? match[4] ?? '');
  }
  return result;
}

/** Concatenated text of every `<t>` element (rich text runs), skipping phonetic runs (`<rPh>`). */
export function textOfRuns(xml: string): string {
  const withoutPhonetic = xml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '');
  let text = '';
  const pattern = /<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g;
  for (let match = pattern.exec(withoutPhonetic); match; match = pattern.exec(withoutPhonetic)) text += decodeXmlText(match[1]!);
  return text;
}
