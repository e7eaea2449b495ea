/** Building IngestFailure values: the message always starts with the file name. */
import type { IngestFailure } from './types';

export function failure(fileName: string, message: string): IngestFailure {
  return { ok: false, fileName, message: `${fileName}: ${message}` };
}

export function cancelled(fileName: string): IngestFailure {
  return { ok: false, fileName, message: 'Cancelled' };
}

/** A short, quoted list of column names for messages ("a, b, c"; long lists end with "…"). */
export function listNames(names: readonly string[], limit = 30): string {
  // A "name" can be a whole line of a file that is not a table (1 MB of text): keep messages short.
  const shown = names.slice(0, limit).map((name) => (name === '' ? '(blank)' : name.length > 60 ? `${name.slice(0, 57)}…` : name));
  return shown.join(', ') + (names.length > limit ? ', …' : '');
}
