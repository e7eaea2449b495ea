/**
 * Rows not used: counted exactly by reason, the first MAX_REJECT_ROWS_KEPT kept with line, column,
 * value and reason, and downloadable as CSV.
 */
import { MAX_REJECT_ROWS_KEPT } from './limits';
import type { Reject, RejectReason, RejectReport } from './types';

export class RejectCollector {
  private readonly kept: Reject[] = [];
  private readonly byReason: Partial<Record<RejectReason, number>> = {};
  private count = 0;

  constructor(private readonly limit = MAX_REJECT_ROWS_KEPT) {}

  add(line: number, column: string | null, value: string, reason: RejectReason): void {
    this.count++;
    this.byReason[reason] = (this.byReason[reason] ?? 0) + 1;
    if (this.kept.length < this.limit) this.kept.push({ line, column, value, reason });
  }

  /** Adds another collector's report (rows of a later part of the same file, lines counted from `lineOffset` + 1). */
  addReport(report: RejectReport, lineOffset: number): void {
    this.count += report.total;
    for (const [reason, count] of Object.entries(report.byReason) as [RejectReason, number][]) this.byReason[reason] = (this.byReason[reason] ?? 0) + count;
    for (const row of report.rows) {
      if (this.kept.length >= this.limit) break;
      this.kept.push({ ...row, line: row.line + lineOffset });
    }
  }

  get total(): number {
    return this.count;
  }

  report(): RejectReport {
    return { total: this.count, byReason: { ...this.byReason }, rows: [...this.kept] };
  }
}

/**
 * Neutralises spreadsheet formulas (CSV injection, OWASP): a value starting with = + - @, a tab or
 * a carriage return gets a leading apostrophe, so Excel shows it as text instead of running it.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The reject report as CSV (line,column,value,reason), RFC 4180 quoting, CRLF line ends. */
export function rejectReportCsv(report: RejectReport): string {
  const lines = ['line,column,value,reason'];
  for (const row of report.rows) {
    lines.push([String(row.line), csvField(neutraliseFormula(row.column ?? '')), csvField(neutraliseFormula(row.value)), row.reason].join(','));
  }
  return lines.join('\r\n') + '\r\n';
}
