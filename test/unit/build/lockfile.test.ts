/**
 * `npm ci` (the first step of CI) refuses a lock file that lacks any optional dependency of a
 * locked package, even one for another platform. The registry this project installs from carries
 * only the linux-x64 builds of @duckdb/node-bindings, so `npm install` writes a lock without the
 * other platforms' entries and CI then fails in two seconds. This test catches that before CI:
 * if it fails, add the missing entries (version, os, cpu, optional: true) as in the existing ones.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface LockEntry {
  version?: string;
  optionalDependencies?: Record<string, string>;
  dependencies?: Record<string, string>;
}

const lock = JSON.parse(readFileSync(new URL('../../../package-lock.json', import.meta.url), 'utf8')) as {
  packages: Record<string, LockEntry>;
};

/** npm's lookup: a dependency of node_modules/a/node_modules/b resolves in the nearest node_modules upwards. */
function resolves(from: string, name: string): boolean {
  let base = from;
  for (;;) {
    const candidate = `${base ? `${base}/` : ''}node_modules/${name}`;
    if (candidate in lock.packages) return true;
    if (!base) return false;
    const at = base.lastIndexOf('node_modules/');
    base = at <= 0 ? '' : base.slice(0, at - 1);
  }
}

describe('package-lock.json', () => {
  it('lists every optional dependency of every locked package, so npm ci accepts it', () => {
    const missing: string[] = [];
    for (const [path, entry] of Object.entries(lock.packages)) {
      for (const name of Object.keys(entry.optionalDependencies ?? {})) {
        if (!resolves(path, name)) missing.push(`${name} (optional dependency of ${path || 'the project'})`);
      }
    }
    expect(missing).toEqual([]);
  });
});
