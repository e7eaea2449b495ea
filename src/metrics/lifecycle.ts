/**
 * Lifecycle stage of each customer as of a day, and the lifecycle funnel.
 *
 * As of day A (settings.asOfDay, else the view's last day), with churn window W (activity.ts),
 * n = the customer's purchases (orders) on or before A and r = A − their last purchase day:
 * 1. lapsed: r ≥ 2W (no purchase within twice the window);
 * 2. at-risk: W ≤ r < 2W (no purchase within the window, but within twice it);
 * otherwise the customer is active (a purchase in (A − W, A]) and is
 * 3. reactivated: the gap between their last two distinct purchase days exceeds W (they had
 *    lapsed out of the active state before this purchase);
 * 4. loyal: n ≥ 3; 5. repeat: n = 2; 6. first-time: n = 1.
 * The first rule that holds wins: recency first (a loyal customer silent for 2W is lapsed), then
 * reactivation (the newest, most actionable fact about an active customer), then purchase count.
 * With an events file, 7. lead: an id with an event in [view's first day, A] and no purchase on or
 * before A. Active / at-risk / lapsed follow the buy-cycle thresholds of non-contractual churn
 * (a customer silent for longer than the churn window; Indeed Engineering, "D-Curve", 2020); the
 * precedence is ours and is documented in docs/metrics.md (lifecycle).
 *
 * Customers: those of the view with a purchase on or before A; their counts read their whole
 * history (purchases before the view's first day too), like churn.ts.
 * Funnel: lead (event ids ∪ buyers) → first purchase (n ≥ 1) → second purchase (n ≥ 2) → loyal
 * (n ≥ 3), each step's conversion = its count / the previous step's × 100.
 */
import { applyFilters, type OrderView } from './view';
import { historyView, purchaseCount, purchaseDays, resolveChurnWindow, type ChurnWindow } from './activity';
import type { EventTable } from './sideTables';
import type { Filters, Settings } from './settings';
import type { OrderTable } from './table';

export type CustomerStage = 'lead' | 'first-time' | 'repeat' | 'loyal' | 'reactivated' | 'at-risk' | 'lapsed';

export const CUSTOMER_STAGES: readonly CustomerStage[] = ['lead', 'first-time', 'repeat', 'loyal', 'reactivated', 'at-risk', 'lapsed'];

/** ok: leads counted; no-events: no events file given; attribute-filter: leads without purchases cannot be attributed, so none are counted. */
export type LeadStatus = 'ok' | 'no-events' | 'attribute-filter';

export interface StageCount {
  stage: CustomerStage;
  customers: number;
  /** customers / all classified ids × 100. */
  share: number;
}

export interface CustomerStages {
  status: 'ok';
  asOfDay: number;
  churnWindow: ChurnWindow;
  /** Buyers classified (every stage but lead) and leads (null unless leadStatus is ok). */
  customers: number;
  leads: number | null;
  leadStatus: LeadStatus;
  stages: StageCount[];
}

export interface LifecycleEmpty {
  status: 'empty';
  reason: 'no-customers' | 'invalid-churn-window' | 'invalid-as-of-day';
}

export type FunnelStep = 'lead' | 'first-purchase' | 'second-purchase' | 'loyal';

export interface FunnelStepCount {
  step: FunnelStep;
  customers: number;
  /** customers / the previous step's × 100; null for the first step or when the previous is 0. */
  conversion: number | null;
}

export interface LifecycleFunnel {
  status: 'ok';
  asOfDay: number;
  churnWindow: ChurnWindow;
  leadStatus: LeadStatus;
  /** lead (only when leadStatus is ok) → first purchase → second purchase → loyal. */
  steps: FunnelStepCount[];
  atRisk: number;
  lapsed: number;
  reactivated: number;
}

interface Classified {
  asOfDay: number;
  window: ChurnWindow;
  leadStatus: LeadStatus;
  ids: string[];
  stages: CustomerStage[];
  purchases: number[];
}

/** The stage of one customer from their distinct purchase days (ascending, ≤ asOfDay) and order count. */
export function stageOf(days: readonly number[], purchases: number, asOfDay: number, windowDays: number): CustomerStage {
  const last = days[days.length - 1]!;
  const recency = asOfDay - last;
  if (recency >= 2 * windowDays) return 'lapsed';
  if (recency >= windowDays) return 'at-risk';
  if (days.length >= 2 && last - days[days.length - 2]! > windowDays) return 'reactivated';
  if (purchases >= 3) return 'loyal';
  return purchases === 2 ? 'repeat' : 'first-time';
}

/** classify() results per events table (or none), view and settings: stages and funnel ask for the same one. */
const NO_EVENTS = {};
const classifiedCache = new WeakMap<object, WeakMap<object, Map<string, Classified | LifecycleEmpty>>>();

function classify(table: OrderTable, settings: Settings, filters: Filters, events: EventTable | undefined): Classified | LifecycleEmpty {
  const view = applyFilters(table, filters);
  let byView = classifiedCache.get(events ?? NO_EVENTS);
  if (!byView) classifiedCache.set(events ?? NO_EVENTS, (byView = new WeakMap()));
  let bySettings = byView.get(view);
  if (!bySettings) byView.set(view, (bySettings = new Map()));
  const key = JSON.stringify(settings);
  let result = bySettings.get(key);
  if (!result) {
    result = classifyView(view, table, settings, filters, events);
    bySettings.set(key, result);
  }
  return result;
}

function classifyView(view: OrderView, table: OrderTable, settings: Settings, filters: Filters, events: EventTable | undefined): Classified | LifecycleEmpty {
  const asOfDay = settings.asOfDay ?? view.lastDay;
  if (!Number.isFinite(asOfDay)) return { status: 'empty', reason: 'invalid-as-of-day' };
  const window = resolveChurnWindow(view, settings);
  if (!window) return { status: 'empty', reason: 'invalid-churn-window' };
  const inView = new Uint8Array(table.customerIds.length);
  for (let position = 0; position < view.customers.length; position++) {
    if (purchaseCount(view, position, asOfDay) > 0) inView[view.customers[position]!] = 1;
  }
  const history = historyView(table, filters, view);
  const ids: string[] = [];
  const stages: CustomerStage[] = [];
  const purchases: number[] = [];
  for (let position = 0; position < history.customers.length; position++) {
    const code = history.customers[position]!;
    if (!inView[code]) continue;
    const days = purchaseDays(history, position, asOfDay);
    const count = purchaseCount(history, position, asOfDay);
    ids.push(table.customerIds[code]!);
    stages.push(stageOf(days, count, asOfDay, window.days));
    purchases.push(count);
  }
  const leadStatus: LeadStatus = !events ? 'no-events' : Object.keys(filters.attributes ?? {}).length > 0 ? 'attribute-filter' : 'ok';
  if (events && leadStatus === 'ok') {
    const index = view.index;
    const codeOf = new Map(table.customerIds.map((id, code) => [id, code]));
    const wanted = filters.customerIds ? new Set(filters.customerIds) : null;
    const seen = new Set<string>();
    for (const event of events.events) {
      if (event.day < view.firstDay || event.day > asOfDay || seen.has(event.customerId)) continue;
      if (wanted && !wanted.has(event.customerId)) continue;
      seen.add(event.customerId);
      const code = codeOf.get(event.customerId);
      if (code !== undefined && index.firstPurchaseDay[code]! <= asOfDay) continue; // a buyer, not a lead
      ids.push(event.customerId);
      stages.push('lead');
      purchases.push(0);
    }
  }
  if (ids.length === 0) return { status: 'empty', reason: 'no-customers' };
  return { asOfDay, window, leadStatus, ids, stages, purchases };
}

export function customerStages(table: OrderTable, settings: Settings, filters: Filters, events?: EventTable): CustomerStages | LifecycleEmpty {
  const classified = classify(table, settings, filters, events);
  if ('status' in classified) return classified;
  const counts = new Map<CustomerStage, number>(CUSTOMER_STAGES.map((stage) => [stage, 0]));
  for (const stage of classified.stages) counts.set(stage, counts.get(stage)! + 1);
  const total = classified.ids.length;
  const leads = counts.get('lead')!;
  return {
    status: 'ok',
    asOfDay: classified.asOfDay,
    churnWindow: classified.window,
    customers: total - leads,
    leads: classified.leadStatus === 'ok' ? leads : null,
    leadStatus: classified.leadStatus,
    stages: CUSTOMER_STAGES.filter((stage) => stage !== 'lead' || classified.leadStatus === 'ok').map((stage) => ({
      stage,
      customers: counts.get(stage)!,
      share: (counts.get(stage)! / total) * 100,
    })),
  };
}

/** The ids of the customers (or leads) in a stage, sorted, for click-through; [] when there are none. */
export function customersInStage(table: OrderTable, settings: Settings, filters: Filters, stage: CustomerStage, events?: EventTable): string[] {
  const classified = classify(table, settings, filters, events);
  if ('status' in classified) return [];
  return classified.ids.filter((_, i) => classified.stages[i] === stage).sort();
}

export function lifecycleFunnel(table: OrderTable, settings: Settings, filters: Filters, events?: EventTable): LifecycleFunnel | LifecycleEmpty {
  const classified = classify(table, settings, filters, events);
  if ('status' in classified) return classified;
  const atLeast = (n: number): number => classified.purchases.filter((count) => count >= n).length;
  const countStage = (stage: CustomerStage): number => classified.stages.filter((s) => s === stage).length;
  const raw: { step: FunnelStep; customers: number }[] = [];
  if (classified.leadStatus === 'ok') raw.push({ step: 'lead', customers: classified.ids.length });
  raw.push({ step: 'first-purchase', customers: atLeast(1) }, { step: 'second-purchase', customers: atLeast(2) }, { step: 'loyal', customers: atLeast(3) });
  const steps = raw.map((entry, i) => {
    const previous = i > 0 ? raw[i - 1]!.customers : 0;
    return { ...entry, conversion: i > 0 && previous > 0 ? (entry.customers / previous) * 100 : null };
  });
  return {
    status: 'ok',
    asOfDay: classified.asOfDay,
    churnWindow: classified.window,
    leadStatus: classified.leadStatus,
    steps,
    atRisk: countStage('at-risk'),
    lapsed: countStage('lapsed'),
    reactivated: countStage('reactivated'),
  };
}
