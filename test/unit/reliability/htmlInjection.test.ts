/**
 * User text reaches the page only as React text: no module of the app writes HTML from strings,
 * and attribute names from a file ("constructor", "__proto__") are labels, not object members.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { t } from '../../../src/i18n/messages';
import { attributeLabel } from '../../../src/ui/controls/attributeLabels';

const SRC = fileURLToPath(new URL('../../../src/', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('no HTML from strings', () => {
  it('no source file uses innerHTML, outerHTML, insertAdjacentHTML, document.write or dangerouslySetInnerHTML', () => {
    const files = sourceFiles(SRC);
    expect(files.length).toBeGreaterThan(50);
    const offenders = files.filter((path) => /\b(innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML)\b|document\.write\(/.test(readFileSync(path, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('labels attribute columns named like Object members as the file names them (this crashed the page)', () => {
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) expect(attributeLabel(name)).toBe(name);
    expect(attributeLabel('Channel')).toBe(t('controls.attribute.channel'));
  });
});
