/**
 * The customers-at-risk list as CSV (RFC 4180: comma-separated, CRLF line ends, fields with a
 * comma, quote or line break quoted with doubled quotes). Every field that starts with = + - @,
 * a tab or a carriage return is prefixed with ' so a spreadsheet shows it as text instead of
 * running it as a formula (OWASP, "CSV Injection").
 */
import type { AtRiskCustomer } from '../../metrics/predictive';

export interface AtRiskCsvHeaders {
  customer: string;
  probabilityAlive: string;
  expectedPurchases: string;
  predictedClv: string;
  historicalValue: string;
  valueAtRisk: string;
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field: neutralised against formula injection, then quoted when needed. */
export function csvField(text: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rounds for the file (no locale: a CSV must read back as numbers everywhere). */
function fixed(value: number, digits: number): string {
  return String(Number(value.toFixed(digits)));
}

export function atRiskCsv(customers: readonly AtRiskCustomer[], headers: AtRiskCsvHeaders): string {
  const header = [headers.customer, headers.probabilityAlive, headers.expectedPurchases, headers.predictedClv, headers.historicalValue, headers.valueAtRisk];
  const rows = customers.map((c) => [
    c.customerId,
    fixed(c.probabilityAlive, 6),
    fixed(c.expectedPurchases, 4),
    fixed(c.predictedClv, 2),
    fixed(c.historicalValue, 2),
    fixed(c.valueAtRisk, 2),
  ]);
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
