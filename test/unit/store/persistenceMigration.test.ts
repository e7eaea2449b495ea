/**
 * Schema 3 of the IndexedDB records keeps the bytes as a Blob beside the mapping-screen choice;
 * schema 2 records (a Uint8Array and the choice) and schema 1 records (no choice) migrate.
 */
import { describe, expect, it } from 'vitest';
import { migrate, SCHEMA_VERSION, storedBytes } from '../../../src/store/persistence';

const bytes = new Uint8Array([1, 2, 3]);
const data = new Blob([bytes]);

describe('persistence migrate', () => {
  it('is at schema 3', () => {
    expect(SCHEMA_VERSION).toBe(3);
  });

  it('a schema 1 record (no options) keeps its bytes with an empty choice', () => {
    expect(migrate({ schema: 1, seq: 5, name: 'a.csv', bytes })).toEqual({ schema: 3, seq: 5, name: 'a.csv', data: bytes, options: {} });
  });

  it('a schema 2 record keeps its bytes and its parsed choice', () => {
    const options = { kind: 'orders', dateOrder: 'mdy', mapping: { customerId: 'Email' } };
    expect(migrate({ schema: 2, seq: 6, name: 'b.csv', bytes, options })).toEqual({ schema: 3, seq: 6, name: 'b.csv', data: bytes, options });
  });

  it('a schema 3 record keeps its Blob and its parsed choice', () => {
    const options = { kind: 'orders' };
    expect(migrate({ schema: 3, seq: 7, name: 'c.csv', data, options })).toEqual({ schema: 3, seq: 7, name: 'c.csv', data, options });
  });

  it('reads the same bytes from either kind of record', async () => {
    const old = migrate({ schema: 2, seq: 6, name: 'b.csv', bytes, options: {} })!;
    const current = migrate({ schema: 3, seq: 7, name: 'c.csv', data, options: {} })!;
    expect([...(await storedBytes(old))]).toEqual([1, 2, 3]);
    expect([...(await storedBytes(current))]).toEqual([1, 2, 3]);
  });

  it('drops records whose choice or shape cannot be trusted', () => {
    expect(migrate({ schema: 2, seq: 6, name: 'b.csv', bytes })).toBeNull();
    expect(migrate({ schema: 2, seq: 6, name: 'b.csv', bytes, options: { kind: 'nonsense' } })).toBeNull();
    expect(migrate({ schema: 2, seq: 6, name: 'b.csv', data, options: {} })).toBeNull();
    expect(migrate({ schema: 3, seq: 6, name: 'b.csv', bytes, options: {} })).toBeNull();
    expect(migrate({ schema: 3, seq: 6, name: 'b.csv', data })).toBeNull();
    expect(migrate({ schema: 4, seq: 6, name: 'b.csv', data, options: {} })).toBeNull();
    expect(migrate({ schema: 1, seq: '6', name: 'b.csv', bytes })).toBeNull();
  });
});
