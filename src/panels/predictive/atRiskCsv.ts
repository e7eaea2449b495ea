/**
 * The customers-at-risk list as CSV (RFC 4180: comma-separated, CRLF line ends, fields with a
 * comma, quote or line break quoted with doubled quotes). Every field that starts with = + - @,
 * a tab or a carriage return is prefixed with ' so a spreadsheet shows it as text instead of
 * running it as a formula (OWASP, "CSV Injection").
 */
import type { AtRiskCustomer } from '../../metrics/predictive';
import { toCsv } from '../../ui/export/csv';

export interface AtRiskCsvHeaders {
  customer: string;
  probabilityAlive: string;
  expectedPurchases: string;
  predictedClv: string;
  historicalValue: string;
  valueAtRisk: string;
}

/** Rounds for the file (no locale: a CSV must read back as numbers everywhere). */
function fixed(value: number, digits: number): number {
  return Number(value.toFixed(digits));
}

export function atRiskCsv(customers: readonly AtRiskCustomer[], headers: AtRiskCsvHeaders): string {
  return toCsv(customers, [
    { header: headers.customer, value: (c) => c.customerId },
    { header: headers.probabilityAlive, value: (c) => fixed(c.probabilityAlive, 6) },
    { header: headers.expectedPurchases, value: (c) => fixed(c.expectedPurchases, 4) },
    { header: headers.predictedClv, value: (c) => fixed(c.predictedClv, 2) },
    { header: headers.historicalValue, value: (c) => fixed(c.historicalValue, 2) },
    { header: headers.valueAtRisk, value: (c) => fixed(c.valueAtRisk, 2) },
  ]);
}
