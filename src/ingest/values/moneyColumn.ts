/**
 * The decimal separator of a money column, decided from every value that proves one
 * (`1.234,56`, `12,5`, `1,234,567` …; see decimalEvidence). More proofs for ',' than for '.' → ','.
 * No proof at all → '.', the more common convention in exports.
 */
import { decimalEvidence, type DecimalSeparator } from './money';

export interface MoneyColumnProfile {
  dot: number;
  comma: number;
}

export function emptyMoneyProfile(): MoneyColumnProfile {
  return { dot: 0, comma: 0 };
}

/** Adds one cell's evidence (mutates the accumulator). */
export function observeMoney(profile: MoneyColumnProfile, raw: string): void {
  const evidence = decimalEvidence(raw);
  if (evidence === '.') profile.dot++;
  else if (evidence === ',') profile.comma++;
}

export function decideDecimalSeparator(profile: MoneyColumnProfile): DecimalSeparator {
  return profile.comma > profile.dot ? ',' : '.';
}
