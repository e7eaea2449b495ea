import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayFromIso, isoDate, jalaliFromDay } from '../../../src/metrics/calendar';
import { readDate } from '../../../src/ingest/values/dates';
import { dayFromExcelSerial } from '../../../src/ingest/values/excelSerial';
import { fixtureRecords } from './helpers';

describe('readDate: every accepted shape (fixture dates-every-shape.csv)', () => {
  for (const record of fixtureRecords('dates-every-shape.csv')) {
    const order = record.order === 'mdy' ? 'mdy' : 'dmy';
    it(`${record.rule}: "${record.written}" (${order}) → ${record.expected || 'unreadable'}`, () => {
      const day = readDate(record.written ?? '', { order, numbers: null });
      expect(day === null ? '' : isoDate(day)).toBe(record.expected);
    });
  }
});

describe('readDate: numbers only when the column says so', () => {
  it('Excel serials in the 1900 system, with the 1900-02-29 bug', () => {
    // 45292 − 25569 = 19723 = 2024-01-01; the fraction (time of day) does not move the day.
    expect(isoDate(readDate('45292', { order: 'dmy', numbers: 'excel-serial' })!)).toBe('2024-01-01');
    expect(isoDate(readDate('45323.99', { order: 'dmy', numbers: 'excel-serial' })!)).toBe('2024-02-01');
    // Below the plausible range 20000–80000 the value is rejected, not read as 1900.
    expect(readDate('61', { order: 'dmy', numbers: 'excel-serial' })).toBeNull();
    // Serial 59 = 1900-02-28, 60 = the fictitious 1900-02-29, 61 = 1900-03-01 (Lotus 1-2-3 bug).
    expect(isoDate(dayFromExcelSerial(59)!)).toBe('1900-02-28');
    expect(dayFromExcelSerial(60)).toBeNull();
    expect(isoDate(dayFromExcelSerial(61)!)).toBe('1900-03-01');
    expect(isoDate(dayFromExcelSerial(1)!)).toBe('1900-01-01');
    // 1904 system: serial 0 = 1904-01-01.
    expect(isoDate(dayFromExcelSerial(0, true)!)).toBe('1904-01-01');
  });

  it('Unix seconds and milliseconds → the UTC day', () => {
    // 1704067199 = 2023-12-31T23:59:59Z; 1704067200 = 2024-01-01T00:00:00Z.
    expect(isoDate(readDate('1704067199', { order: 'dmy', numbers: 'unix-seconds' })!)).toBe('2023-12-31');
    expect(isoDate(readDate('1704067200', { order: 'dmy', numbers: 'unix-seconds' })!)).toBe('2024-01-01');
    expect(isoDate(readDate('1704067200000', { order: 'dmy', numbers: 'unix-milliseconds' })!)).toBe('2024-01-01');
  });

  it('a plain number is unreadable when the column is not numeric dates', () => {
    expect(readDate('45292', { order: 'dmy', numbers: null })).toBeNull();
  });
});

const dayArbitrary = fc.integer({ min: dayFromIso('1950-01-01')!, max: dayFromIso('2100-12-31')! });

describe('readDate properties', () => {
  it('ISO, dd/mm/yyyy, mm/dd/yyyy, dd.mm.yyyy and YYYYMMDD of the same day read back to that day', () => {
    fc.assert(
      fc.property(dayArbitrary, (day) => {
        const [y, m, d] = isoDate(day).split('-');
        expect(readDate(`${y}-${m}-${d}`, { order: 'dmy', numbers: null })).toBe(day);
        expect(readDate(`${d}/${m}/${y}`, { order: 'dmy', numbers: null })).toBe(day);
        expect(readDate(`${m}/${d}/${y}`, { order: 'mdy', numbers: null })).toBe(day);
        expect(readDate(`${d}.${m}.${y}`, { order: 'mdy', numbers: null })).toBe(day);
        expect(readDate(`${y}${m}${d}`, { order: 'dmy', numbers: null })).toBe(day);
      }),
    );
  });

  it('a written zone moves the moment to its UTC day: local day + floor((minutes − offset) / 1440)', () => {
    fc.assert(
      fc.property(dayArbitrary, fc.integer({ min: 0, max: 1439 }), fc.integer({ min: -12 * 60, max: 14 * 60 }), (day, minutes, offset) => {
        const pad = (n: number): string => String(n).padStart(2, '0');
        const zone = `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
        const text = `${isoDate(day)}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}:00${zone}`;
        const expected = Math.floor((day * 1440 + minutes - offset) / 1440);
        expect(readDate(text, { order: 'dmy', numbers: null })).toBe(expected);
        // The same instant through JavaScript's own parser agrees.
        expect(Math.floor(Date.parse(text) / 86_400_000)).toBe(expected);
      }),
    );
  });

  it('Jalali dates (years 1300–1499) and Persian digits read to the same day as jalaali-js', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayFromIso('1930-01-01')!, max: dayFromIso('2100-01-01')! }), (day) => {
        const j = jalaliFromDay(day);
        const pad = (n: number): string => String(n).padStart(2, '0');
        const latin = `${j.year}/${pad(j.month)}/${pad(j.day)}`;
        const persian = latin.replace(/\d/g, (digit) => String.fromCharCode(0x06f0 + Number(digit)));
        expect(readDate(latin, { order: 'dmy', numbers: null })).toBe(day);
        expect(readDate(persian, { order: 'dmy', numbers: null })).toBe(day);
      }),
    );
  });

  it('never throws and never returns a non-integer on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const day = readDate(text, { order: 'mdy', numbers: 'excel-serial' });
        expect(day === null || Number.isInteger(day)).toBe(true);
      }),
    );
  });
});
