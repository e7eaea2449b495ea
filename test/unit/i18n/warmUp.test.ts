import { afterEach, describe, expect, it, vi } from 'vitest';
import { warmUpFormatters } from '../../../src/i18n/warmUp';
import { currencyName, formatInteger, formatMoney, formatPercent } from '../../../src/i18n/numbers';
import { formatPeriodLabel, weekdayName } from '../../../src/i18n/dates';

describe('warmUpFormatters', () => {
  afterEach(() => vi.restoreAllMocks());

  it('makes the first drawing’s formatters one step at a time, after which formatting makes no new Intl formatter', () => {
    const steps: (() => void)[] = [];
    warmUpFormatters((step) => steps.push(step));
    // Nothing runs until the page is idle; each step schedules the next.
    expect(steps).toHaveLength(1);
    let ran = 0;
    while (steps.length > 0) {
      steps.shift()!();
      ran++;
    }
    expect(ran).toBe(9); // seven formatters, the currency names, then the step that finds none left
    const numberFormats = vi.spyOn(Intl, 'NumberFormat');
    const dateFormats = vi.spyOn(Intl, 'DateTimeFormat');
    const displayNames = vi.spyOn(Intl, 'DisplayNames');
    expect(formatInteger(1_234_567)).toBe('1,234,567');
    expect(formatPercent(40, 0)).toBe('40%');
    expect(formatMoney(12, 'USD')).toBe('$12');
    expect(formatPeriodLabel('2025-01', 'gregorian')).toBe('January 2025');
    expect(weekdayName(1)).toBe('Monday');
    expect(currencyName('EUR')).toBe('EUR · Euro');
    expect(currencyName('IRR')).toBe('IRR · Iranian Rial');
    expect(numberFormats).not.toHaveBeenCalled();
    expect(displayNames).not.toHaveBeenCalled();
    expect(dateFormats).not.toHaveBeenCalled();
  });
});

describe('currencyName', () => {
  afterEach(() => vi.restoreAllMocks());

  it('names every currency of a locale with one Intl.DisplayNames, and falls back to the code', () => {
    const displayNames = vi.spyOn(Intl, 'DisplayNames');
    expect(currencyName('GBP')).toBe('GBP · British Pound');
    expect(currencyName('SAR')).toBe('SAR · Saudi Riyal');
    expect(currencyName('GBP')).toBe('GBP · British Pound');
    expect(displayNames.mock.calls.length).toBeLessThanOrEqual(1);
    expect(currencyName('not a code')).toBe('not a code');
  });
});
