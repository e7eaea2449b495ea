/** Names of the lifecycle stages and funnel steps, lead notes and empty states. */
import { t, type MessageKey } from '../../i18n/messages';
import type { CustomerStage, FunnelStep, LeadStatus, LifecycleEmpty } from '../../metrics/lifecycle';
import type { NoData } from '../../worker/metricRegistry';

const STAGE_NAMES: Record<CustomerStage, MessageKey> = {
  lead: 'lifecycle.stage.lead',
  'first-time': 'lifecycle.stage.first-time',
  repeat: 'lifecycle.stage.repeat',
  loyal: 'lifecycle.stage.loyal',
  reactivated: 'lifecycle.stage.reactivated',
  'at-risk': 'lifecycle.stage.at-risk',
  lapsed: 'lifecycle.stage.lapsed',
};

const STEP_NAMES: Record<FunnelStep, MessageKey> = {
  lead: 'lifecycle.step.lead',
  'first-purchase': 'lifecycle.step.first-purchase',
  'second-purchase': 'lifecycle.step.second-purchase',
  loyal: 'lifecycle.step.loyal',
};

export function stageName(stage: CustomerStage): string {
  return t(STAGE_NAMES[stage]);
}

export function stepName(step: FunnelStep): string {
  return t(STEP_NAMES[step]);
}

/** Why the funnel starts at the first purchase, or null when leads are counted. */
export function leadStatusText(status: LeadStatus): string | null {
  switch (status) {
    case 'ok':
      return null;
    case 'no-events':
      return t('lifecycle.leads.noEvents');
    case 'attribute-filter':
      return t('lifecycle.leads.attributeFilter');
  }
}

export function lifecycleEmptyText(result: LifecycleEmpty | NoData): string {
  if (result.status === 'no-data') return t('panels.empty.noOrders');
  switch (result.reason) {
    case 'no-customers':
      return t('panels.empty.noCustomers');
    case 'invalid-churn-window':
      return t('churn.empty.invalidWindow');
    case 'invalid-as-of-day':
      return t('lifecycle.empty.invalidAsOfDay');
  }
}
