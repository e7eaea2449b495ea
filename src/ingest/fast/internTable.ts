/**
 * Byte strings → dense ids (0, 1, 2… in order of first insertion), without making a JavaScript
 * string per lookup: an open-addressing hash table over typed arrays (each slot holds the id and
 * the hash side by side, so a miss costs one memory access), keys kept in a byte arena.
 * The fast ingest path interns order ids, customer ids, statuses and attribute values with it.
 */
import { bytesToString } from './bytes';

const EMPTY = -1;

function grown(old: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const next = new Int32Array(size);
  next.set(old);
  return next;
}

export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;

/** FNV-1a of the bytes, its high bits folded into the low ones (the slot is hash & mask). */
export function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  let hash = FNV_OFFSET;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ bytes[i]!, FNV_PRIME);
  return hash ^ (hash >>> 15);
}

/** Dense numeric keys: values from the first one seen − DENSE_BELOW up to DENSE_SPAN further (32 MiB at most). */
const DENSE_BELOW = 1 << 19;
const DENSE_SPAN = 1 << 23;
/** Longest prefix before the number of a dense key (`#` of `#1001`, `C` of `C100064`, `cus-` …). */
const PREFIX_LIMIT = 8;

/**
 * The value of a plain number written without leading zeros (`0`, `17`, up to 15 digits) after
 * exactly `prefix` (bytes that are not digits), else -1. Such a key is its prefix and its value:
 * two keys with the same prefix have the same bytes exactly when they have the same value.
 */
function prefixedNumber(bytes: Uint8Array, start: number, end: number, prefix: Uint8Array): number {
  const from = start + prefix.length;
  const length = end - from;
  if (length <= 0 || length > 15 || (bytes[from] === 0x30 && length > 1)) return -1;
  for (let i = 0; i < prefix.length; i++) if (bytes[start + i] !== prefix[i]) return -1;
  let value = 0;
  for (let i = from; i < end; i++) {
    const digit = bytes[i]! - 0x30;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** The non-digit bytes before a key's first digit when that is a dense key's prefix, else null. */
function numberPrefix(bytes: Uint8Array, start: number, end: number): Uint8Array | null {
  let at = start;
  while (at < end && at - start <= PREFIX_LIMIT && !(bytes[at]! >= 0x30 && bytes[at]! <= 0x39)) at++;
  if (at === end || at - start > PREFIX_LIMIT) return null;
  const prefix = bytes.slice(start, at);
  return prefixedNumber(bytes, start, end, prefix) >= 0 ? prefix : null;
}

/**
 * The hash of a table with few keys (attribute values, statuses): the length and five sampled
 * bytes, instead of every byte. Keys that share it are told apart by equals(); the table goes
 * over to hashBytes() when it grows past FEW_KEYS or a lookup probes more than FEW_PROBES slots.
 */
function sampledHash(bytes: Uint8Array, start: number, end: number): number {
  const length = end - start;
  if (length === 0) return 0;
  let hash = Math.imul(length ^ FNV_OFFSET, FNV_PRIME);
  hash = Math.imul(hash ^ bytes[start]!, FNV_PRIME);
  hash = Math.imul(hash ^ bytes[start + (length >> 2)]!, FNV_PRIME);
  hash = Math.imul(hash ^ bytes[start + (length >> 1)]!, FNV_PRIME);
  hash = Math.imul(hash ^ bytes[end - 2 < start ? start : end - 2]!, FNV_PRIME);
  hash = Math.imul(hash ^ bytes[end - 1]!, FNV_PRIME);
  return hash ^ (hash >>> 15);
}

const FEW_KEYS = 1024;
const FEW_PROBES = 8;

/**
 * How a table finds its keys:
 * - `hashed`: hashBytes() of every byte;
 * - `denseNumbers`: keys that are one prefix and a number near the first such key seen (order
 *   numbers `1001`, `#1001`; customer ids `17850`, `C100064`) are found by their value in an
 *   array instead of by hashing: no probing, no rehashing, and a small array rather than a large
 *   table of slots (fewer cache misses). Other keys are hashed;
 * - `fewKeys`: sampledHash() while the table is small, hashBytes() after.
 */
export type InternKind = 'hashed' | 'denseNumbers' | 'fewKeys';

/** The keys of an InternTable (see keys()). */
export interface InternKeys {
  arena: Uint8Array;
  bounds: Int32Array;
}

export class InternTable {
  /** Slot s: slots[2s] = id (EMPTY when free), slots[2s + 1] = hash. */
  private slots: Int32Array;
  private mask: number;
  private arena = new Uint8Array(1 << 16);
  private arenaLength = 0;
  /** Key of id i: arena[bounds[2i], bounds[2i + 1]). */
  private bounds = new Int32Array(2048);
  private hashes = new Int32Array(1024);
  private count = 0;
  /** Keys in the hash slots (the others are dense numbers). */
  private hashed = 0;
  /** 1 for ids found through `dense` rather than the slots. */
  private denseId = new Uint8Array(1024);
  /** With denseNumbers: id + 1 of the number denseBase + i (0: not seen). */
  private dense: Int32Array | null = null;
  private denseBase = -1;
  /** With denseNumbers: the prefix of the dense keys, once a key has shown one. */
  private prefix: Uint8Array | null = null;
  /** Whether the slots are keyed by sampledHash() (a fewKeys table that has not gone over to hashBytes()). */
  private sampled: boolean;
  /** Whether the last intern() added its key. */
  isNew = false;

  constructor(
    expected = 512,
    private readonly kind: InternKind = 'hashed',
  ) {
    let size = 1024;
    while (size < expected * 2) size *= 2;
    this.slots = new Int32Array(size * 2).fill(EMPTY);
    this.mask = size - 1;
    this.sampled = kind === 'fewKeys';
  }

  /** The dense index of a key, or -1 when it is not a dense key; the first dense key sets the prefix and the base. */
  private denseIndex(bytes: Uint8Array, start: number, end: number, adding: boolean): number {
    let prefix = this.prefix;
    if (prefix === null) {
      // Only the first keys may set the prefix: a table of other keys (e-mails…) stops looking.
      if (!adding || this.count >= 64) return -1;
      prefix = numberPrefix(bytes, start, end);
      if (prefix === null) return -1;
      this.prefix = prefix;
      this.denseBase = Math.max(0, prefixedNumber(bytes, start, end, prefix) - DENSE_BELOW);
      this.dense = new Int32Array(1024);
    }
    const value = prefixedNumber(bytes, start, end, prefix);
    if (value < 0) return -1;
    const index = value - this.denseBase;
    return index >= 0 && index < DENSE_SPAN ? index : -1;
  }

  private internDense(bytes: Uint8Array, start: number, end: number, index: number): number {
    let dense = this.dense!;
    if (index >= dense.length) {
      let size = dense.length * 2;
      while (index >= size) size *= 2;
      const next = new Int32Array(Math.min(size, DENSE_SPAN));
      next.set(dense);
      this.dense = dense = next;
    }
    const known = dense[index]!;
    if (known > 0) {
      this.isNew = false;
      return known - 1;
    }
    const id = this.add(bytes, start, end, 0);
    this.denseId[id] = 1;
    dense[index] = id + 1;
    this.isNew = true;
    return id;
  }

  get size(): number {
    return this.count;
  }

  /**
   * The id of bytes[start, end), added when new (see isNew). `hash`, when given, must be
   * hashBytes() of those bytes (a caller that walked them already); a fewKeys table ignores it.
   */
  intern(bytes: Uint8Array, start: number, end: number, hash?: number): number {
    if (this.kind === 'denseNumbers') {
      const index = this.denseIndex(bytes, start, end, true);
      if (index >= 0) return this.internDense(bytes, start, end, index);
    }
    const sampled = this.sampled;
    if (sampled) hash = sampledHash(bytes, start, end);
    else if (hash === undefined) hash = hashBytes(bytes, start, end);
    const mask = this.mask;
    const slots = this.slots;
    let slot = hash & mask;
    let probes = 0;
    for (;;) {
      const id = slots[slot * 2]!;
      if (id === EMPTY) break;
      if (slots[slot * 2 + 1] === hash && this.equals(id, bytes, start, end)) {
        this.isNew = false;
        return id;
      }
      slot = (slot + 1) & mask;
      if (sampled && ++probes > FEW_PROBES) {
        // The sampled bytes do not tell these keys apart: every byte from now on.
        this.hashEveryByte();
        return this.intern(bytes, start, end);
      }
    }
    const id = this.add(bytes, start, end, hash);
    slots[slot * 2] = id;
    slots[slot * 2 + 1] = hash;
    this.hashed++;
    if (sampled && this.hashed > FEW_KEYS) this.hashEveryByte();
    else if (this.hashed * 2 > mask) this.rebuild((mask + 1) * 2);
    this.isNew = true;
    return id;
  }

  /** The id of bytes[start, end) when the table holds that key, else -1 (nothing is added). */
  find(bytes: Uint8Array, start: number, end: number): number {
    if (this.kind === 'denseNumbers' && this.dense) {
      const index = this.denseIndex(bytes, start, end, false);
      if (index >= 0) return index < this.dense.length ? this.dense[index]! - 1 : -1;
    }
    const hash = this.sampled ? sampledHash(bytes, start, end) : hashBytes(bytes, start, end);
    const mask = this.mask;
    const slots = this.slots;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = slots[slot * 2]!;
      if (id === EMPTY) return -1;
      if (slots[slot * 2 + 1] === hash && this.equals(id, bytes, start, end)) return id;
    }
  }

  /** Every key, for find() on another table: key i is arena[bounds[2i], bounds[2i + 1]). Copies, safe to transfer. */
  keys(): InternKeys {
    return { arena: this.arena.slice(0, this.arenaLength), bounds: this.bounds.slice(0, this.count * 2) };
  }

  /** Hands the bytes of `id`'s key to `sink` (no string made) and returns what it returns. */
  withKey<T>(id: number, sink: (bytes: Uint8Array, start: number, end: number) => T): T {
    return sink(this.arena, this.bounds[id * 2]!, this.bounds[id * 2 + 1]!);
  }

  /** The key of `id` as a string. */
  text(id: number): string {
    return bytesToString(this.arena, this.bounds[id * 2]!, this.bounds[id * 2 + 1]!);
  }

  private equals(id: number, bytes: Uint8Array, start: number, end: number): boolean {
    const from = this.bounds[id * 2]!;
    const length = end - start;
    if (this.bounds[id * 2 + 1]! - from !== length) return false;
    const arena = this.arena;
    for (let i = 0; i < length; i++) if (arena[from + i] !== bytes[start + i]) return false;
    return true;
  }

  private add(bytes: Uint8Array, start: number, end: number, hash: number): number {
    const length = end - start;
    if (this.arenaLength + length > this.arena.length) {
      let size = this.arena.length * 2;
      while (this.arenaLength + length > size) size *= 2;
      const next = new Uint8Array(size);
      next.set(this.arena.subarray(0, this.arenaLength));
      this.arena = next;
    }
    const arena = this.arena;
    const to = this.arenaLength;
    for (let i = 0; i < length; i++) arena[to + i] = bytes[start + i]!;
    const id = this.count++;
    if (id === this.hashes.length) {
      this.hashes = grown(this.hashes, id * 2);
      this.bounds = grown(this.bounds, id * 4);
      const denseId = new Uint8Array(id * 2);
      denseId.set(this.denseId);
      this.denseId = denseId;
    }
    this.bounds[id * 2] = to;
    this.arenaLength = to + length;
    this.bounds[id * 2 + 1] = this.arenaLength;
    this.hashes[id] = hash;
    return id;
  }

  /** A fewKeys table goes over to hashBytes(): every key's hash again, and the slots rebuilt. */
  private hashEveryByte(): void {
    this.sampled = false;
    for (let id = 0; id < this.count; id++) {
      if (this.denseId[id] === 0) this.hashes[id] = hashBytes(this.arena, this.bounds[id * 2]!, this.bounds[id * 2 + 1]!);
    }
    let size = this.mask + 1;
    while (this.hashed * 2 > size - 1) size *= 2;
    this.rebuild(size);
  }

  private rebuild(size: number): void {
    const slots = new Int32Array(size * 2).fill(EMPTY);
    const mask = size - 1;
    for (let id = 0; id < this.count; id++) {
      if (this.denseId[id] === 1) continue;
      const hash = this.hashes[id]!;
      let slot = hash & mask;
      while (slots[slot * 2] !== EMPTY) slot = (slot + 1) & mask;
      slots[slot * 2] = id;
      slots[slot * 2 + 1] = hash;
    }
    this.slots = slots;
    this.mask = mask;
  }
}
