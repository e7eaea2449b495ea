/**
 * Column-level date decisions, taken from all the values we have seen (the sniffed sample, and the
 * whole column when the sample cannot decide):
 *
 * - Day/month order: a value whose first field is > 12 can only be dd/mm (evidence for dmy); a second
 *   field > 12 can only be mm/dd. The order with more evidence wins; values that contradict it are
 *   rejected as unreadable. No evidence at all → 'ambiguous': options.dateOrder, else dd/mm with a note.
 * - Plain numbers are Excel serials (1900 system) only when every non-blank value is a number in
 *   20000–80000; Unix seconds / milliseconds when every value is an integer in 2000–2100.
 */
import type { DateOrderDecision } from '../types';
import { DATE_FORMATS, readDateParts, type DateFormat } from './dateParts';
import { numericDateKinds, type DateReading, type NumericDateKind } from './dates';

export interface DateColumnProfile {
  nonBlank: number;
  /** Values no date shape matches. */
  unshaped: number;
  dmyEvidence: number;
  mdyEvidence: number;
  /** Values in dd/mm or mm/dd form (deciding or not). */
  dayMonthValues: number;
  numbers: number;
  /** How many numbers each numeric reading covers. */
  numericFits: Record<NumericDateKind, number>;
  formats: Partial<Record<DateFormat, number>>;
}

export function emptyDateProfile(): DateColumnProfile {
  return {
    nonBlank: 0,
    unshaped: 0,
    dmyEvidence: 0,
    mdyEvidence: 0,
    dayMonthValues: 0,
    numbers: 0,
    numericFits: { 'excel-serial': 0, 'unix-seconds': 0, 'unix-milliseconds': 0 },
    formats: {},
  };
}

/** Adds one cell's evidence to the profile (mutates it: profiles are accumulators). */
export function observeDate(profile: DateColumnProfile, raw: string): void {
  if (raw.trim() === '') return;
  profile.nonBlank++;
  const parts = readDateParts(raw);
  if (!parts) {
    profile.unshaped++;
    return;
  }
  if (parts.shape === 'number') {
    profile.numbers++;
    for (const kind of numericDateKinds(parts.value)) profile.numericFits[kind]++;
    profile.formats.number = (profile.formats.number ?? 0) + 1;
    return;
  }
  const format: DateFormat = parts.shape === 'yearMonthDay' ? parts.format : 'day/month/year or month/day/year';
  profile.formats[format] = (profile.formats[format] ?? 0) + 1;
  if (parts.shape === 'dayMonthOrMonthDay') {
    profile.dayMonthValues++;
    if (parts.first > 12 && parts.second <= 12) profile.dmyEvidence++;
    if (parts.second > 12 && parts.first <= 12) profile.mdyEvidence++;
  }
}

/** The order the data itself decides, 'ambiguous' when no value decides, null when no value needs it. */
export function dataDateOrder(profile: DateColumnProfile): DateOrderDecision | null {
  if (profile.dayMonthValues === 0) return null;
  if (profile.dmyEvidence > profile.mdyEvidence) return 'dmy';
  if (profile.mdyEvidence > profile.dmyEvidence) return 'mdy';
  return 'ambiguous';
}

/** The numeric reading every number in the column fits, or null. Serials win over Unix time. */
export function numericReading(profile: DateColumnProfile): NumericDateKind | null {
  if (profile.numbers === 0 || profile.numbers !== profile.nonBlank) return null;
  const kinds: NumericDateKind[] = ['excel-serial', 'unix-seconds', 'unix-milliseconds'];
  return kinds.find((kind) => profile.numericFits[kind] === profile.numbers) ?? null;
}

export interface DateColumnDecision {
  reading: DateReading;
  /** What the data said about day/month order (null: no dd/mm or mm/dd values). */
  dataOrder: DateOrderDecision | null;
  /** A sentence for the notes, or null when nothing needs saying. */
  note: string | null;
  formats: DateFormat[];
}

/** Settles the column's reading; `preferred` is options.dateOrder (used only when the data cannot decide). */
export function decideDateColumn(profile: DateColumnProfile, preferred: 'dmy' | 'mdy' | undefined, column: string): DateColumnDecision {
  const dataOrder = dataDateOrder(profile);
  const formats = DATE_FORMATS.filter((format) => (profile.formats[format] ?? 0) > 0);
  const numbers = numericReading(profile);
  let order: 'dmy' | 'mdy' = 'dmy';
  let note: string | null = null;
  if (dataOrder === 'dmy' || dataOrder === 'mdy') {
    order = dataOrder;
    note = `Dates in "${column}" read as ${order === 'dmy' ? 'dd/mm/yyyy' : 'mm/dd/yyyy'} (decided from the values).`;
    if (profile.dmyEvidence > 0 && profile.mdyEvidence > 0) {
      note += ` ${Math.min(profile.dmyEvidence, profile.mdyEvidence)} value(s) only fit the other order and are rejected.`;
    }
  } else if (dataOrder === 'ambiguous') {
    order = preferred ?? 'dmy';
    note = preferred
      ? `Dates in "${column}" read as ${order === 'dmy' ? 'dd/mm/yyyy' : 'mm/dd/yyyy'} as chosen (no value decides the order).`
      : `Dates in "${column}" could be dd/mm/yyyy or mm/dd/yyyy (no day is above 12): read as dd/mm/yyyy. Choose the order if that is wrong.`;
  }
  if (numbers) note = `Numbers in "${column}" read as ${numbers === 'excel-serial' ? 'Excel serial dates (1900 date system)' : `Unix time (${numbers === 'unix-seconds' ? 'seconds' : 'milliseconds'})`}.`;
  return { reading: { order, numbers }, dataOrder, note, formats };
}
