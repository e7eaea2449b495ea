/**
 * Order ids as UTF-8 bytes; a string is made only when one is asked for. A million orders would
 * otherwise be a million strings made at ingest (about 13 % of its time, plus the garbage
 * collector's work on them) for the few places that read an id: ties between orders of the same
 * day, merging uploads, exports.
 */
import { bytesToString } from './utf8Text';

const encoder = new TextEncoder();

export class OrderIdList {
  /** Id i is bytes[ends[i − 1] (0 for the first), ends[i]). */
  constructor(
    readonly bytes: Uint8Array,
    readonly ends: Int32Array,
  ) {}

  get length(): number {
    return this.ends.length;
  }

  text(code: number): string {
    return bytesToString(this.bytes, code === 0 ? 0 : this.ends[code - 1]!, this.ends[code]!);
  }

  /** Every id as a string (tests, small tables). */
  texts(): string[] {
    return Array.from({ length: this.length }, (_, code) => this.text(code));
  }
}

/** Builds an OrderIdList: ids appended in code order, as bytes or as strings. */
export class OrderIdListBuilder {
  private bytes = new Uint8Array(1 << 16);
  private used = 0;
  private ends = new Int32Array(1 << 12);
  private count = 0;

  get length(): number {
    return this.count;
  }

  private room(bytes: number, ids: number): void {
    if (this.used + bytes > this.bytes.length) {
      let size = this.bytes.length * 2;
      while (this.used + bytes > size) size *= 2;
      const next = new Uint8Array(size);
      next.set(this.bytes.subarray(0, this.used));
      this.bytes = next;
    }
    if (this.count + ids > this.ends.length) {
      let size = this.ends.length * 2;
      while (this.count + ids > size) size *= 2;
      const next = new Int32Array(size);
      next.set(this.ends.subarray(0, this.count));
      this.ends = next;
    }
  }

  text(code: number): string {
    return bytesToString(this.bytes, code === 0 ? 0 : this.ends[code - 1]!, this.ends[code]!);
  }

  /** Appends the id written as source[start, end) (valid UTF-8); returns its code. */
  pushBytes(source: Uint8Array, start: number, end: number): number {
    this.room(end - start, 1);
    const bytes = this.bytes;
    let at = this.used;
    // Ids are short: a loop beats making a subarray per id.
    for (let i = start; i < end; i++) bytes[at++] = source[i]!;
    this.used = at;
    this.ends[this.count] = this.used;
    return this.count++;
  }

  pushText(id: string): number {
    this.room(id.length * 3, 1);
    this.used += encoder.encodeInto(id, this.bytes.subarray(this.used)).written;
    this.ends[this.count] = this.used;
    return this.count++;
  }

  /** Appends every id of a list, in its order (also a list that came through structuredClone, as plain data). */
  pushList(list: Pick<OrderIdList, 'bytes' | 'ends'>): void {
    const base = this.used;
    const { bytes, ends } = list;
    this.room(bytes.length, ends.length);
    this.bytes.set(bytes, base);
    for (let i = 0; i < ends.length; i++) this.ends[this.count + i] = base + ends[i]!;
    this.used = base + bytes.length;
    this.count += ends.length;
  }

  finish(): OrderIdList {
    return new OrderIdList(this.bytes.slice(0, this.used), this.ends.slice(0, this.count));
  }
}
