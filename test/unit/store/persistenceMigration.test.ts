/** Schema 2 of the IndexedDB records keeps the mapping-screen choice beside the bytes; schema 1 records migrate. */
import { describe, expect, it } from 'vitest';
import { migrate, SCHEMA_VERSION } from '../../../src/store/persistence';

const bytes = new Uint8Array([1, 2, 3]);

describe('persistence migrate', () => {
  it('is at schema 2', () => {
    expect(SCHEMA_VERSION).toBe(2);
  });

  it('a schema 1 record (no options) becomes schema 2 with an empty choice', () => {
    expect(migrate({ schema: 1, seq: 5, name: 'a.csv', bytes })).toEqual({ schema: 2, seq: 5, name: 'a.csv', bytes, options: {} });
  });

  it('a schema 2 record keeps its parsed choice', () => {
    const options = { kind: 'orders', dateOrder: 'mdy', mapping: { customerId: 'Email' } };
    expect(migrate({ schema: 2, seq: 6, name: 'b.csv', bytes, options })).toEqual({ schema: 2, seq: 6, name: 'b.csv', bytes, options });
  });

  it('drops records whose choice or shape cannot be trusted', () => {
    expect(migrate({ schema: 2, seq: 6, name: 'b.csv', bytes })).toBeNull();
    expect(migrate({ schema: 2, seq: 6, name: 'b.csv', bytes, options: { kind: 'nonsense' } })).toBeNull();
    expect(migrate({ schema: 3, seq: 6, name: 'b.csv', bytes, options: {} })).toBeNull();
    expect(migrate({ schema: 1, seq: '6', name: 'b.csv', bytes })).toBeNull();
  });
});
