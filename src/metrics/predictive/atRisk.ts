/**
 * Customers at risk: valuable customers the BG/NBD model thinks may have left.
 *
 *   value at risk = (1 − P(alive)) · max(historical value, predicted CLV if alive)
 *
 * P(alive) from BG/NBD (Fader, Hardie & Lee 2005); "predicted CLV if alive" = predicted CLV /
 * P(alive), the value the customer brings over the horizon if still active (clv.ts); historical
 * value = calibration-period revenue × the same margin the CLV used. Taking the larger of the two
 * ranks both big past spenders and high-potential customers; multiplying by the probability of
 * having left makes it the value expected to be lost unless the customer is won back.
 * Customers with x = 0 have P(alive) = 1 in BG/NBD (dropout only follows a repeat purchase), so
 * they never appear: the list covers repeat buyers.
 */
import type { PredictedClv } from './clv';
import type { CustomerSummary } from './types';

export interface AtRiskCustomer {
  customerId: string;
  probabilityAlive: number;
  /** Expected purchases over the CLV horizon. */
  expectedPurchases: number;
  predictedClv: number;
  predictedClvIfAlive: number;
  historicalValue: number;
  valueAtRisk: number;
  frequency: number;
  recency: number;
  age: number;
}

export interface AtRiskCustomers {
  status: 'ok';
  /** Customers with a positive value at risk (before the limit). */
  customersAtRisk: number;
  totalValueAtRisk: number;
  customers: AtRiskCustomer[];
}

export interface AtRiskEmpty {
  status: 'empty';
  reason: 'no-customers' | 'mismatched-inputs';
}

export interface AtRiskOptions {
  /** Longest list returned (default 100). */
  limit?: number;
}

/** Repeat buyers sorted by value at risk, largest first (ties by customer id). */
export function atRiskCustomers(summary: CustomerSummary, clv: PredictedClv, options: AtRiskOptions = {}): AtRiskCustomers | AtRiskEmpty {
  if (summary.customers === 0) return { status: 'empty', reason: 'no-customers' };
  if (clv.customers !== summary.customers) return { status: 'empty', reason: 'mismatched-inputs' };
  const limit = Math.max(0, Math.floor(options.limit ?? 100));
  const margin = clv.marginPercent === null ? 1 : clv.marginPercent / 100;
  const found: AtRiskCustomer[] = [];
  let totalValueAtRisk = 0;
  for (let i = 0; i < summary.customers; i++) {
    const alive = clv.perCustomer.probabilityAlive[i];
    const predicted = clv.perCustomer.predictedClv[i];
    const ifAlive = clv.perCustomer.predictedClvIfAlive[i];
    const purchases = clv.perCustomer.expectedPurchases[i];
    if (alive == null || predicted == null || ifAlive == null || purchases == null) continue;
    const historicalValue = summary.calibrationRevenue[i]! * margin;
    const valueAtRisk = (1 - alive) * Math.max(historicalValue, ifAlive);
    if (!(valueAtRisk > 0)) continue;
    totalValueAtRisk += valueAtRisk;
    found.push({
      customerId: summary.customerIds[i]!,
      probabilityAlive: alive,
      expectedPurchases: purchases,
      predictedClv: predicted,
      predictedClvIfAlive: ifAlive,
      historicalValue,
      valueAtRisk,
      frequency: summary.frequency[i]!,
      recency: summary.recency[i]!,
      age: summary.age[i]!,
    });
  }
  found.sort((u, v) => v.valueAtRisk - u.valueAtRisk || (u.customerId < v.customerId ? -1 : u.customerId > v.customerId ? 1 : 0));
  return { status: 'ok', customersAtRisk: found.length, totalValueAtRisk, customers: found.slice(0, limit) };
}
