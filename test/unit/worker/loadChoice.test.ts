import { describe, expect, it } from 'vitest';
import { parseLoadChoice } from '../../../src/worker/loadChoice';

describe('parseLoadChoice (stored mapping-screen choices are parsed, not cast)', () => {
  it('keeps every field it knows, with its type checked', () => {
    const choice = { kind: 'orders', sheet: 'Orders', dateOrder: 'mdy', mapping: { customerId: 'Email', status: null, attributes: ['Channel'] }, sideMapping: { score: 'Rating' } };
    expect(parseLoadChoice(choice)).toEqual(choice);
    expect(parseLoadChoice({})).toEqual({});
  });

  it('refuses shapes it did not write', () => {
    expect(parseLoadChoice(null)).toBeNull();
    expect(parseLoadChoice('orders')).toBeNull();
    expect(parseLoadChoice({ kind: 'invoices' })).toBeNull();
    expect(parseLoadChoice({ dateOrder: 'ymd' })).toBeNull();
    expect(parseLoadChoice({ sheet: 3 })).toBeNull();
    expect(parseLoadChoice({ mapping: { customerId: 7 } })).toBeNull();
    expect(parseLoadChoice({ mapping: { attributes: 'Channel' } })).toBeNull();
    expect(parseLoadChoice({ sideMapping: [] })).toBeNull();
  });

  it('ignores roles it does not know rather than passing them on', () => {
    expect(parseLoadChoice({ mapping: { customerId: 'Email', injected: 'x' } })).toEqual({ mapping: { customerId: 'Email' } });
  });
});
