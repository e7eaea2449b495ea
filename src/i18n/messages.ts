/**
 * Message catalogue. Every text shown to users comes from here (STYLE.md convention 15).
 * `{name}` placeholders are filled by `format`.
 */
import { controlMessages } from './controlMessages';
import { panelMessages } from './panelMessages';
import { predictiveMessages } from './predictiveMessages';

const coreMessages = {
  'app.title': 'Customer retention',
  'app.tagline': 'Cohorts, churn and customer value from your order exports. Your data never leaves this browser.',
  'upload.label': 'Upload files',
  'upload.region': 'Add data: drop files here',
  'upload.hint': 'Orders, survey, spend or events exports: CSV, TSV, Excel (.xlsx) or .csv.gz.',
  'upload.sample': 'Try the sample data',
  'upload.loading': 'Reading {file}…',
  'upload.cancel': 'Cancel',
  'upload.failed': '{file} could not be read ({reason}).',
  'persist.failed': '{file} is loaded, but could not be kept for your next visit ({reason}). Your data stays on screen until you close the page.',
  'datasets.removeAll': 'Remove my data',
  'datasets.remove': 'Remove {file}',
  'datasets.downloadRejects': 'Download the skipped rows of {file} (CSV)',
  'datasets.rejectedDetail': '{count} rows skipped: {reasons}',
  'reject.missing-customer-id': '{count} without customer id',
  'reject.unreadable-date': '{count} unreadable dates',
  'reject.unreadable-amount': '{count} unreadable amounts',
  'reject.missing-order-id': '{count} without order id',
  'reject.ragged-row': '{count} with a wrong number of fields',
  'reject.duplicate-order': '{count} duplicate orders',
  'reject.unreadable-score': '{count} unreadable scores',
  'reject.other': '{count} for other reasons',
  'datasets.removeAllHint': 'Forget every loaded file, in this page and in this browser’s storage.',
  'problem.title': 'A file could not be used',
  'problem.dismiss': 'Dismiss',
  'problem.kept': 'Your previous data is still loaded.',
  'datasets.title': 'Loaded files',
  'datasets.rows': '{rows} rows read, {records} used',
  'datasets.rejected': '{count} rows skipped',
  'empty.title': 'No orders loaded yet',
  'empty.body': 'Upload an orders export, or try the sample data to see what the dashboard shows.',
  'kpi.title': 'Overview',
  'kpi.orders': 'Orders',
  'kpi.customers': 'Customers',
  'kpi.revenue': 'Revenue',
  'kpi.repeatRate': 'Repeat-purchase rate',
  'kpi.aov': 'Average order value',
  'kpi.empty': 'No orders in this selection.',
  'kpi.previous': 'vs previous period: {change}',
  'cohorts.title': 'Cohort retention',
  'cohorts.explain': 'Share of each acquisition cohort that bought again in each later period.',
  'cohorts.cohort': 'Cohort',
  'cohorts.size': 'Customers',
  'cohorts.offset': '+{k}',
  'cohorts.curve': 'Average retention curve (weighted by cohort size)',
  'cohorts.view': 'Cohort view',
  'cohorts.show': 'Show',
  'cohorts.mode.percent': '% of cohort',
  'cohorts.mode.count': 'Customers',
  'cohorts.mode.revenue': 'Revenue',
  'cohorts.unbounded': 'Count customers active in that period or later (unbounded)',
  'cohorts.tableCaption': 'Cohort retention table: one row per acquisition cohort, one column per period since acquisition',
  'cohorts.empty': 'No cohorts in this selection.',
  'panel.loading': 'Computing…',
  'panel.error': 'This panel could not be computed: {message}',
} as const;

export const en = { ...coreMessages, ...panelMessages, ...controlMessages, ...predictiveMessages } as const;

export type MessageKey = keyof typeof en;

export function format(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

export function t(key: MessageKey, values?: Readonly<Record<string, string | number>>): string {
  return format(en[key], values);
}
