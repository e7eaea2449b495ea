/**
 * URL state: parse and serialise round-trip every valid view, never throw on junk, drop invalid
 * fields one by one, and keep parameters they do not own (?demo) exactly as written.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayFromIso } from '../../../src/metrics/calendar';
import { DEFAULT_SETTINGS } from '../../../src/metrics/settings';
import { RFM_SEGMENTS } from '../../../src/metrics/rfmScoring';
import { CUSTOMER_STAGES } from '../../../src/metrics/lifecycle';
import type { ClickThroughSource } from '../../../src/store/store';
import {
  CURRENCIES,
  DEFAULT_URL_STATE,
  THEMES,
  URL_PERIODS,
  activeClickThrough,
  knownAttributeFilters,
  parseUrlState,
  serialiseUrlState,
  type UrlState,
} from '../../../src/store/urlState';

const FIRST_DAY = dayFromIso('1990-01-01')!;
const LAST_DAY = dayFromIso('2090-12-31')!;

const sourceArbitrary: fc.Arbitrary<ClickThroughSource | null> = fc.oneof(
  fc.constant(null),
  fc.record({ kind: fc.constant('cohort' as const), label: fc.stringMatching(/^[-\w]{1,20}$/), period: fc.constantFrom(...URL_PERIODS) }),
  fc.record({ kind: fc.constant('segment' as const), segment: fc.constantFrom(...RFM_SEGMENTS) }),
  fc.record({ kind: fc.constant('stage' as const), stage: fc.constantFrom(...CUSTOMER_STAGES) }),
);

/** Any view the UI can be in (values distinct per attribute, as the checkboxes produce them). */
const urlStateArbitrary: fc.Arbitrary<UrlState> = fc
  .record({
    period: fc.constantFrom(...URL_PERIODS),
    calendar: fc.constantFrom('gregorian' as const, 'jalali' as const),
    weekStart: fc.integer({ min: 0, max: 6 }),
    churnWindowDays: fc.option(fc.integer({ min: 1, max: 3650 })),
    marginPercent: fc.option(fc.double({ min: 0, max: 100, noNaN: true }).map((m) => (m === 0 ? 0 : m))),
    currency: fc.constantFrom(...CURRENCIES),
    asOfDay: fc.option(fc.integer({ min: FIRST_DAY, max: LAST_DAY })),
    range: fc.tuple(fc.option(fc.integer({ min: FIRST_DAY, max: LAST_DAY })), fc.option(fc.integer({ min: FIRST_DAY, max: LAST_DAY }))),
    attributes: fc.dictionary(
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }),
      fc.uniqueArray(fc.string({ unit: 'grapheme', maxLength: 12 }), { minLength: 1, maxLength: 4 }),
      { maxKeys: 3 },
    ),
    clickThrough: sourceArbitrary,
    openPanel: fc.option(fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/)),
    theme: fc.constantFrom(...THEMES),
  })
  .map((v) => {
    const [a, b] = v.range;
    const [fromDay, toDay] = a !== null && b !== null && a > b ? [b, a] : [a, b];
    const filters: UrlState['filters'] = {};
    if (fromDay !== null) filters.fromDay = fromDay;
    if (toDay !== null) filters.toDay = toDay;
    if (Object.keys(v.attributes).length > 0) filters.attributes = v.attributes;
    return {
      settings: { period: v.period, calendar: v.calendar, weekStart: v.weekStart, churnWindowDays: v.churnWindowDays, marginPercent: v.marginPercent, currency: v.currency, asOfDay: v.asOfDay },
      filters,
      clickThrough: v.clickThrough,
      openPanel: v.openPanel,
      theme: v.theme,
    };
  });

/** Query-string-like junk: our keys, separators, escapes (some malformed) and values. */
const urlishText = fc
  .array(fc.constantFrom('?', '&', '=', '%', '%2', '%E0%A4%A', '+', 'period', 'week', 'churn', '0', '45', '-', '.', 'e', 'margin', 'f.', 'channel', 'from', 'to', '2022-01-01', 'cohort', 'segment', 'lost', 'panel', 'theme', 'dark', 'demo'), { maxLength: 30 })
  .map((parts) => parts.join(''));

/** Sorted attribute keys: URL order is not part of the state. */
function normalised(state: UrlState): UrlState {
  const attributes = state.filters.attributes;
  if (!attributes) return state;
  const sorted = Object.fromEntries(Object.keys(attributes).sort().map((k) => [k, attributes[k]!]));
  return { ...state, filters: { ...state.filters, attributes: sorted } };
}

describe('parseUrlState / serialiseUrlState', () => {
  it('round-trips every valid view (property)', () => {
    fc.assert(
      fc.property(urlStateArbitrary, (state) => {
        expect(normalised(parseUrlState(serialiseUrlState(state)))).toEqual(normalised(state));
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on arbitrary query strings and returns only valid values (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), urlishText), (search) => {
        const state = parseUrlState(search);
        expect(URL_PERIODS).toContain(state.settings.period);
        expect(CURRENCIES).toContain(state.settings.currency);
        expect(THEMES).toContain(state.theme);
        if (state.settings.churnWindowDays !== null) expect(Number.isInteger(state.settings.churnWindowDays)).toBe(true);
        // A second round trip changes nothing (serialise ∘ parse is idempotent).
        const once = serialiseUrlState(state);
        expect(serialiseUrlState(parseUrlState(once))).toBe(once);
      }),
      { numRuns: 400 },
    );
  });

  it('reads a hand-written link', () => {
    const state = parseUrlState('?demo&period=week&from=2022-03-01&to=2022-06-30&churn=60&margin=35.5&currency=EUR&f.channel=email&f.channel=social&f.country=GB&cohort=2022-03&cohortPeriod=month&panel=churn&theme=dark');
    expect(state).toEqual({
      settings: { ...DEFAULT_SETTINGS, period: 'week', churnWindowDays: 60, marginPercent: 35.5, currency: 'EUR' },
      filters: { fromDay: dayFromIso('2022-03-01'), toDay: dayFromIso('2022-06-30'), attributes: { channel: ['email', 'social'], country: ['GB'] } },
      clickThrough: { kind: 'cohort', label: '2022-03', period: 'month' },
      openPanel: 'churn',
      theme: 'dark',
    });
  });

  it('ignores each invalid value on its own and keeps the valid ones', () => {
    const state = parseUrlState(
      '?period=fortnight&churn=0&margin=120&currency=XYZ&from=2022-02-30&to=2022-05-01&weekStart=9&calendar=mayan&segment=vip&stage=gold&panel=%3Cscript%3E&theme=sepia&asOf=yesterday',
    );
    expect(state.settings).toEqual(DEFAULT_SETTINGS);
    expect(state.filters).toEqual({ toDay: dayFromIso('2022-05-01') });
    expect(state.clickThrough).toBeNull();
    expect(state.openPanel).toBeNull();
    expect(state.theme).toBe('system');
    expect(parseUrlState('?churn=45.5').settings.churnWindowDays).toBeNull(); // days are whole
    expect(parseUrlState('?margin=1e1').settings.marginPercent).toBe(10);
    expect(parseUrlState('?margin=Infinity').settings.marginPercent).toBeNull();
  });

  it('drops an inverted date range instead of guessing which end is wrong', () => {
    expect(parseUrlState('?from=2022-06-01&to=2022-01-01').filters).toEqual({});
  });

  it('keeps ?demo as written, before its own parameters, and writes nothing for the default view', () => {
    expect(serialiseUrlState(DEFAULT_URL_STATE, '?demo')).toBe('?demo');
    expect(serialiseUrlState(DEFAULT_URL_STATE, '')).toBe('');
    expect(serialiseUrlState(DEFAULT_URL_STATE, '?period=week&theme=dark')).toBe('');
    const state: UrlState = { ...DEFAULT_URL_STATE, settings: { ...DEFAULT_SETTINGS, period: 'quarter' }, theme: 'dark' };
    expect(serialiseUrlState(state, '?demo&period=week&f.channel=email')).toBe('?demo&period=quarter&theme=dark');
  });

  it('stores a click-through as its source, with the cohort period only when it differs from the page period', () => {
    const base = { ...DEFAULT_URL_STATE, settings: { ...DEFAULT_SETTINGS, period: 'week' as const } };
    expect(serialiseUrlState({ ...base, clickThrough: { kind: 'cohort', label: '2022-03', period: 'month' } })).toBe('?period=week&cohort=2022-03&cohortPeriod=month');
    expect(serialiseUrlState({ ...base, clickThrough: { kind: 'cohort', label: '2022-W10', period: 'week' } })).toBe('?period=week&cohort=2022-W10');
    expect(serialiseUrlState({ ...DEFAULT_URL_STATE, clickThrough: { kind: 'segment', segment: 'at-risk' } })).toBe('?segment=at-risk');
  });

  it('encodes attribute values with separators and blanks', () => {
    const state: UrlState = { ...DEFAULT_URL_STATE, filters: { attributes: { 'sales channel': ['a&b', '', 'x=y', 'é'] } } };
    expect(parseUrlState(serialiseUrlState(state)).filters).toEqual(state.filters);
  });
});

describe('attribute names that are Object.prototype keys', () => {
  it('reads and writes "constructor" and "__proto__" as ordinary attributes (found by the round-trip property)', () => {
    const state = parseUrlState('?f.constructor=a&f.__proto__=b&f.toString=');
    expect(Object.keys(state.filters.attributes!)).toEqual(['constructor', '__proto__', 'toString']);
    expect(state.filters.attributes!['__proto__']).toEqual(['b']);
    expect(Object.getPrototypeOf(state.filters.attributes)).toBe(Object.prototype);
    expect(parseUrlState(serialiseUrlState(state))).toEqual(state);
    expect(knownAttributeFilters(state.filters.attributes, [{ name: '__proto__', values: ['b'] }])).toEqual(Object.fromEntries([['__proto__', ['b']]]));
  });
});

describe('activeClickThrough', () => {
  const source: ClickThroughSource = { kind: 'cohort', label: '2024-01', period: 'month' };
  it('describes the customer filter only while it is the very list the click-through produced', () => {
    const ids = ['a', 'b'];
    expect(activeClickThrough({ customerIds: ids }, { source, customerIds: ids })).toBe(source);
    expect(activeClickThrough({ customerIds: ['a', 'b'] }, { source, customerIds: ids })).toBeNull(); // same ids, set by someone else
    expect(activeClickThrough({}, { source, customerIds: ids })).toBeNull(); // cleared
    expect(activeClickThrough({ customerIds: ids }, null)).toBeNull();
  });
});

describe('knownAttributeFilters', () => {
  it('keeps only attributes and values the data has', () => {
    const known = [{ name: 'channel', values: ['email', 'social'] }];
    expect(knownAttributeFilters({ channel: ['email', 'fax'], country: ['GB'] }, known)).toEqual({ channel: ['email'] });
    expect(knownAttributeFilters({ channel: ['fax'] }, known)).toBeUndefined();
    expect(knownAttributeFilters(undefined, known)).toBeUndefined();
  });
});
