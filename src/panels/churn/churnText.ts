/** Sentences for the churn panel's empty states and for the churn window in force. */
import { t } from '../../i18n/messages';
import { localiseDigits } from '../../i18n/dates';
import { formatInteger } from '../../i18n/numbers';
import type { ChurnWindow } from '../../metrics/churn';
import type { GapBin } from '../../metrics/timeBetweenOrders';
import type { NoData } from '../../worker/metricRegistry';
import { formatDays } from '../../ui/charts/format';

type Empty<Reason extends string> = { status: 'empty'; reason: Reason } | NoData;

export function churnEmptyText(result: Empty<'no-customers' | 'invalid-churn-window' | 'no-repeat-purchases'>): string {
  if (result.status === 'no-data') return t('panels.empty.noOrders');
  switch (result.reason) {
    case 'no-customers':
      return t('panels.empty.noCustomers');
    case 'invalid-churn-window':
      return t('churn.empty.invalidWindow');
    case 'no-repeat-purchases':
      return t('churn.empty.noRepeatPurchases');
  }
}

/** "Churn window in use: 57 days, …" with where the number comes from. */
export function churnWindowText(window: ChurnWindow): string {
  const duration = formatDays(window.days);
  switch (window.source) {
    case 'setting':
      return t('churn.window.setting', { duration });
    case 'data':
      return t('churn.window.data', { duration, gaps: formatInteger(window.gaps ?? 0), percentile: formatDays(window.percentile90 ?? window.days) });
    case 'fallback':
      return t('churn.window.fallback', { duration, gaps: formatInteger(window.gaps ?? 0) });
  }
}

/** "1–7 days", "366+ days". */
export function gapBinLabel(bin: GapBin): string {
  return bin.toDays === null ? t('churn.gaps.binOpen', { from: formatInteger(bin.fromDays) }) : t('churn.gaps.bin', { from: formatInteger(bin.fromDays), to: formatInteger(bin.toDays) });
}

/** A period label (engine form, in the locale's digits), marked when the date range cuts the period. */
export function periodText(period: { period: string; partial: boolean }): string {
  const label = localiseDigits(period.period);
  return period.partial ? t('churn.partialPeriod', { period: label }) : label;
}
