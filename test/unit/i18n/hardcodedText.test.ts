/**
 * No text shown to users is written into the components: JSX text and the attributes people
 * read (aria-label, title, alt, placeholder, label…) must come from the catalogues through t().
 * The .tsx files are parsed with the TypeScript compiler, so generics and comparisons are not
 * mistaken for markup.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = join(__dirname, '../../../src');
const READ_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'title', 'alt', 'placeholder', 'label', 'name', 'caption', 'rowHeader', 'sizeHeader']);
/** A word: two letters in a row, Latin, Persian or Arabic. */
const WORD = /[A-Za-z\u0600-\u06ff]{2,}/;

function tsxFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return tsxFiles(path);
    return entry.name.endsWith('.tsx') ? [path] : [];
  });
}

/** `file:line: text` for each hard-coded text in a .tsx source. */
function hardCodedTexts(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
    found.push(`${fileName}:${line + 1}: ${text.trim()}`);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && WORD.test(node.text)) report(node, node.text);
    if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText(file)) && node.initializer) {
      const value = node.initializer;
      const literal = ts.isStringLiteral(value) ? value : ts.isJsxExpression(value) && value.expression && ts.isStringLiteralLike(value.expression) ? value.expression : null;
      if (literal && WORD.test(literal.text)) report(node, `${node.name.getText(file)}="${literal.text}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('hard-coded text', () => {
  it('finds JSX text and read attributes, and nothing in code', () => {
    const sample = [
      'const a = <p>Hello there</p>;',
      'const b = <img alt="A chart" src={x} />;',
      'const c = <p aria-label={"Totals"}>{t("k")}</p>;',
      'const d = <p className="kpi-card" data-value="12">{t("k")} · 12%</p>;',
      'function e<T>(x: Array<T>): boolean { return x.length < 2 && 3 > 1; }',
    ].join('\n');
    expect(hardCodedTexts('sample.tsx', sample)).toEqual(['sample.tsx:1: Hello there', 'sample.tsx:2: alt="A chart"', 'sample.tsx:3: aria-label="Totals"']);
  });

  it('is absent from every component in src', () => {
    const found = tsxFiles(SRC).flatMap((path) => hardCodedTexts(relative(SRC, path), readFileSync(path, 'utf8')));
    expect(found).toEqual([]);
  });
});
