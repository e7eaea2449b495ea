/** Sentences for the value panel: empty states, where margin and spend come from, CAC warnings. */
import { t } from '../../i18n/messages';
import type { CacWarning, SpendSource } from '../../metrics/cac';
import type { MarginBasis } from '../../metrics/margin';
import type { NoData } from '../../worker/metricRegistry';

type ValueReason = 'no-customers' | 'unknown-attribute' | 'no-orders' | 'no-positive-revenue' | 'invalid-top-share';

export function valueEmptyText(result: { status: 'empty'; reason: ValueReason } | NoData): string {
  if (result.status === 'no-data') return t('panels.empty.noOrders');
  switch (result.reason) {
    case 'no-customers':
    case 'no-orders':
      return t('panels.empty.noCustomers');
    case 'unknown-attribute':
      return t('value.empty.unknownAttribute');
    case 'no-positive-revenue':
      return t('value.empty.noPositiveRevenue');
    case 'invalid-top-share':
      return t('value.empty.invalidTopShare');
  }
}

export function marginBasisText(basis: MarginBasis): string {
  switch (basis) {
    case 'cost':
      return t('value.margin.cost');
    case 'cost-and-percent':
      return t('value.margin.costAndPercent');
    case 'percent':
      return t('value.margin.percent');
    case 'none':
      return t('value.margin.none');
  }
}

export function spendSourceText(source: SpendSource): string {
  switch (source) {
    case 'file':
      return t('value.cac.spendFile');
    case 'entered':
      return t('value.cac.spendEntered');
    case 'file-and-entered':
      return t('value.cac.spendFileAndEntered');
    case 'none':
      return t('value.cac.spendNone');
  }
}

export function cacWarningText(warning: CacWarning, attribute: string): string {
  switch (warning) {
    case 'attribute-missing':
      return t('value.cac.warning.attributeMissing', { attribute });
    case 'spend-not-split-by-filters':
      return t('value.cac.warning.notSplit');
    case 'margin-incomplete':
      return t('value.cac.warning.marginIncomplete');
  }
}
