import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readMoney } from '../../../src/ingest/values/money';
import { decideDecimalSeparator, emptyMoneyProfile, observeMoney } from '../../../src/ingest/values/moneyColumn';
import { asciiDigits } from '../../../src/ingest/values/digits';
import { fixtureRecords } from './helpers';

describe('readMoney: every accepted shape (fixture money-every-shape.csv)', () => {
  for (const record of fixtureRecords('money-every-shape.csv')) {
    const decimal = record.decimal === ',' ? ',' : '.';
    it(`${record.rule}: "${record.written}" (decimal ${decimal}) → ${record.expected || 'unreadable'}`, () => {
      const value = readMoney(record.written ?? '', decimal);
      expect(value === null ? '' : String(value)).toBe(record.expected);
    });
  }
});

describe('decimal separator per column', () => {
  it('a column proves its decimal comma with values like 1.234,56 and 12,5', () => {
    // Evidence: "1.234,56" → ',' (both, comma last); "12,5" → ',' (1 digit after); "1.000" → none (3 digits).
    const profile = emptyMoneyProfile();
    for (const value of ['1.234,56', '12,5', '1.000']) observeMoney(profile, value);
    expect(profile).toEqual({ dot: 0, comma: 2 });
    expect(decideDecimalSeparator(profile)).toBe(',');
  });

  it('no proof either way → decimal dot', () => {
    const profile = emptyMoneyProfile();
    for (const value of ['1,000', '12', '3.000']) observeMoney(profile, value);
    expect(decideDecimalSeparator(profile)).toBe('.');
  });
});

/** Writes a number the way different locales do. */
function format(value: number, style: 'en' | 'de' | 'fr' | 'fa'): string {
  const [integer, fraction] = Math.abs(value).toFixed(2).split('.');
  const group = (separator: string): string => integer!.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
  const sign = value < 0 ? '-' : '';
  switch (style) {
    case 'en':
      return `${sign}$${group(',')}.${fraction}`;
    case 'de':
      return `${sign}${group('.')},${fraction} €`;
    case 'fr':
      return `${sign}${group('\u202f')},${fraction} €`;
    case 'fa':
      return `${sign}${group('\u066c')}\u066b${fraction}`.replace(/\d/g, (d) => String.fromCharCode(0x06f0 + Number(d))) + ' ریال';
  }
}

describe('readMoney properties', () => {
  it('reads back what en, de, fr and fa conventions write (column decimal given)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -99_999_999_99, max: 99_999_999_99 }), fc.constantFrom('en', 'de', 'fr', 'fa') as fc.Arbitrary<'en' | 'de' | 'fr' | 'fa'>, (cents, style) => {
        const value = cents / 100;
        const decimal = style === 'en' || style === 'fa' ? '.' : ',';
        expect(readMoney(format(value, style), decimal)).toBeCloseTo(value, 2);
      }),
    );
  });

  it('parentheses and a trailing minus negate, like a leading minus', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), (cents) => {
        const text = (cents / 100).toFixed(2);
        expect(readMoney(`(${text})`)).toBe(-cents / 100);
        expect(readMoney(`${text}-`)).toBe(-cents / 100);
        expect(readMoney(`-${text}`)).toBe(-cents / 100);
      }),
    );
  });

  it('Persian and Arabic-Indic digits read like ASCII digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.constantFrom(0x06f0, 0x0660), (value, zero) => {
        const eastern = String(value).replace(/\d/g, (d) => String.fromCharCode(zero + Number(d)));
        expect(asciiDigits(eastern)).toBe(String(value));
        expect(readMoney(eastern)).toBe(value);
      }),
    );
  });

  it('never throws and never returns NaN or Infinity', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('.', ',') as fc.Arbitrary<'.' | ','>, (text, decimal) => {
        const value = readMoney(text, decimal);
        expect(value === null || Number.isFinite(value)).toBe(true);
      }),
    );
  });
});
