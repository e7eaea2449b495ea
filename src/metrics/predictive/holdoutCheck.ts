/**
 * Calibration/holdout check of a fitted BG/NBD model (Fader, Hardie & Lee 2005, "Counting Your
 * Customers the Easy Way", which plots these conditional expectations by number of calibration-period
 * transactions).
 *
 * Customers are grouped by calibration frequency x = 0, 1, …, 6 and "7+". Per group:
 *   actual   = mean number of holdout purchase days (summary.holdoutFrequency),
 *   expected = mean of E[Y(τ) | x, t_x, T] (eq. 10) with τ the holdout length in time units.
 * A good model tracks the actual means across groups, including the "regression to the mean"
 * of heavy calibration buyers.
 */
import { expectedPurchases, validBgNbdParams } from './bgnbdPredictions';
import type { BgNbdParams, CustomerSummary } from './types';

export interface HoldoutCheckRow {
  /** '0' … '6', or '7+'. */
  frequency: string;
  customers: number;
  /** null when the group is empty. */
  actualMean: number | null;
  /** null when the group is empty or no expectation in it is defined. */
  expectedMean: number | null;
}

export interface HoldoutCheck {
  status: 'ok';
  holdoutLength: number;
  rows: HoldoutCheckRow[];
  actualTotal: number;
  expectedTotal: number;
  /** Customers whose expectation is undefined (series not converged); left out of expected figures. */
  customersWithoutExpectation: number;
}

export interface HoldoutCheckEmpty {
  status: 'empty';
  reason: 'no-holdout' | 'no-customers' | 'invalid-params';
}

const OPEN_GROUP = 7;

/** Mean actual vs expected holdout purchases by calibration frequency. */
export function calibrationHoldoutCheck(summary: CustomerSummary, params: BgNbdParams): HoldoutCheck | HoldoutCheckEmpty {
  const holdoutFrequency = summary.holdoutFrequency;
  const holdoutLength = summary.holdoutLength;
  if (holdoutFrequency === null || holdoutLength === null) return { status: 'empty', reason: 'no-holdout' };
  if (summary.customers === 0) return { status: 'empty', reason: 'no-customers' };
  if (!validBgNbdParams(params)) return { status: 'empty', reason: 'invalid-params' };
  const groups = OPEN_GROUP + 1;
  const customers = new Array<number>(groups).fill(0);
  const actual = new Array<number>(groups).fill(0);
  const expected = new Array<number>(groups).fill(0);
  const withExpectation = new Array<number>(groups).fill(0);
  let actualTotal = 0;
  let expectedTotal = 0;
  let missing = 0;
  for (let i = 0; i < summary.customers; i++) {
    const x = summary.frequency[i]!;
    const group = Math.min(x, OPEN_GROUP);
    customers[group]!++;
    actual[group]! += holdoutFrequency[i]!;
    actualTotal += holdoutFrequency[i]!;
    const value = expectedPurchases(params, holdoutLength, x, summary.recency[i]!, summary.age[i]!);
    if (value === null) {
      missing++;
      continue;
    }
    expected[group]! += value;
    withExpectation[group]!++;
    expectedTotal += value;
  }
  const rows: HoldoutCheckRow[] = customers.map((count, group) => ({
    frequency: group === OPEN_GROUP ? `${OPEN_GROUP}+` : String(group),
    customers: count,
    actualMean: count > 0 ? actual[group]! / count : null,
    expectedMean: withExpectation[group]! > 0 ? expected[group]! / withExpectation[group]! : null,
  }));
  return { status: 'ok', holdoutLength, rows, actualTotal, expectedTotal, customersWithoutExpectation: missing };
}
