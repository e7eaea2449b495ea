/**
 * Loaded files persist in IndexedDB so a reload keeps them. We keep the original bytes (the
 * source of truth) and re-ingest on start: a new parser version never reads a stale table.
 * Records carry a schema version; `migrate` upgrades older ones.
 *
 * The bytes are kept as a Blob (the uploaded File itself where there is one). IndexedDB keeps a
 * Blob by reference and the browser writes it out of the page; a Uint8Array is copied and
 * serialised on the page's thread when put (Chromium: one task of 40–130 ms for 10 MB, 350–780 ms
 * for 104 MB).
 */
import { parseLoadChoice, type LoadChoice } from '../worker/loadChoice';

const DB_NAME = 'retention-dashboard';
const STORE = 'files';
/**
 * 3: the bytes are a Blob (`data`). 2: records keep the user's mapping-screen choice (`options`),
 * beside a Uint8Array (`bytes`); version 1 records had no choice.
 */
export const SCHEMA_VERSION = 3;

export interface StoredFile {
  schema: number;
  /** Order of loading: later files were loaded after earlier ones. */
  seq: number;
  name: string;
  /** The file's bytes: a Blob, or a Uint8Array in records kept before schema 3 (read with storedBytes). */
  data: Blob | Uint8Array;
  /** What the user chose on the mapping screen, applied again when the file is restored. */
  options: LoadChoice;
}

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, SCHEMA_VERSION);
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(STORE)) db.createObjectStore(STORE, { keyPath: 'seq' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB unavailable'));
  });
}

function done(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB write failed'));
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB write aborted'));
  });
}

/** Parses a stored record; unknown shapes are dropped rather than trusted. */
export function migrate(record: unknown): StoredFile | null {
  if (typeof record !== 'object' || record === null) return null;
  const r = record as Record<string, unknown>;
  if (typeof r.name !== 'string' || typeof r.seq !== 'number') return null;
  if (r.schema === 1 || r.schema === 2) {
    if (!(r.bytes instanceof Uint8Array)) return null;
    const options = r.schema === 1 ? {} : parseLoadChoice(r.options);
    return options ? { schema: SCHEMA_VERSION, seq: r.seq, name: r.name, data: r.bytes, options } : null;
  }
  if (r.schema !== SCHEMA_VERSION || typeof Blob === 'undefined' || !(r.data instanceof Blob)) return null;
  const options = parseLoadChoice(r.options);
  return options ? { schema: SCHEMA_VERSION, seq: r.seq, name: r.name, data: r.data, options } : null;
}

/** The bytes of a kept file. */
export async function storedBytes(file: StoredFile): Promise<Uint8Array> {
  return file.data instanceof Uint8Array ? file.data : new Uint8Array(await file.data.arrayBuffer());
}

/** Whether this browser offers IndexedDB at all (not in some private modes, nor in jsdom). */
export function persistenceAvailable(): boolean {
  return typeof indexedDB !== 'undefined';
}

/**
 * Keeps a file; returns its record key, or null where the browser has no IndexedDB. Pass the
 * uploaded File (a Blob) where there is one: its bytes are then never copied on the page.
 */
export async function saveFile(name: string, content: Blob | Uint8Array, options: LoadChoice = {}): Promise<number | null> {
  if (!persistenceAvailable()) return null;
  const data = content instanceof Uint8Array ? new Blob([content as Uint8Array<ArrayBuffer>]) : content;
  const db = await open();
  try {
    const seq = Date.now() * 1000 + Math.floor(Math.random() * 1000);
    const tx = db.transaction(STORE, 'readwrite');
    const record: StoredFile = { schema: SCHEMA_VERSION, seq, name, data, options };
    tx.objectStore(STORE).put(record);
    await done(tx);
    return seq;
  } finally {
    db.close();
  }
}

export async function loadFiles(): Promise<StoredFile[]> {
  if (!persistenceAvailable()) return [];
  const db = await open();
  try {
    const tx = db.transaction(STORE, 'readonly');
    const request = tx.objectStore(STORE).getAll();
    const records = await new Promise<unknown[]>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result as unknown[]);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB read failed'));
    });
    return records.flatMap((r) => migrate(r) ?? []).sort((a, b) => a.seq - b.seq);
  } finally {
    db.close();
  }
}

/** One kept file (to read it again after an engine restart), or null when it is gone. */
export async function readFile(seq: number): Promise<StoredFile | null> {
  if (!persistenceAvailable()) return null;
  const db = await open();
  try {
    const request = db.transaction(STORE, 'readonly').objectStore(STORE).get(seq);
    const record = await new Promise<unknown>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB read failed'));
    });
    return migrate(record);
  } finally {
    db.close();
  }
}

export async function removeFile(seq: number): Promise<void> {
  if (!persistenceAvailable()) return;
  const db = await open();
  try {
    const tx = db.transaction(STORE, 'readwrite');
    tx.objectStore(STORE).delete(seq);
    await done(tx);
  } finally {
    db.close();
  }
}

export async function removeAllFiles(): Promise<void> {
  if (!persistenceAvailable()) return;
  const db = await open();
  try {
    const tx = db.transaction(STORE, 'readwrite');
    tx.objectStore(STORE).clear();
    await done(tx);
  } finally {
    db.close();
  }
}
