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
import { historyView, resolveChurnWindow, type ChurnWindow } from './activity';
import { purchaseDayIndex, purchaseDaysEnd } from './customerRows';
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
  /** Buyers (customer codes), each with their stage (index into CUSTOMER_STAGES) and orders up to asOfDay. */
  buyers: Int32Array;
  buyerStage: Uint8Array;
  buyerPurchases: Int32Array;
  leadIds: string[];
  /** Classified ids per stage, leads included, in CUSTOMER_STAGES order. */
  stageCounts: Int32Array;
}

/** Position of each stage in CUSTOMER_STAGES (stages are stored as these small numbers). */
const STAGE_INDEX = Object.fromEntries(CUSTOMER_STAGES.map((stage, i) => [stage, i])) as Record<CustomerStage, number>;
const LEAD = STAGE_INDEX.lead;

/** The stage of one customer from their distinct purchase days (ascending, ≤ asOfDay) and order count. */
export function stageOf(days: readonly number[], purchases: number, asOfDay: number, windowDays: number): CustomerStage {
  const previous = days.length >= 2 ? days[days.length - 2]! : null;
  return CUSTOMER_STAGES[stageIndex(days[days.length - 1]!, previous, purchases, asOfDay, windowDays)]!;
}

/**
 * stageOf from the last two distinct purchase days (previous null with a single day), as an
 * index into CUSTOMER_STAGES: the classification loop keeps no list of days per customer.
 */
function stageIndex(last: number, previous: number | null, purchases: number, asOfDay: number, windowDays: number): number {
  const recency = asOfDay - last;
  if (recency >= 2 * windowDays) return STAGE_INDEX.lapsed;
  if (recency >= windowDays) return STAGE_INDEX['at-risk'];
  if (previous !== null && last - previous > windowDays) return STAGE_INDEX.reactivated;
  if (purchases >= 3) return STAGE_INDEX.loyal;
  return purchases === 2 ? STAGE_INDEX.repeat : STAGE_INDEX['first-time'];
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
  const viewDays = purchaseDayIndex(view);
  for (let position = 0; position < view.customers.length; position++) {
    const first = viewDays.start[position]!;
    if (first < viewDays.start[position + 1]! && viewDays.day[first]! <= asOfDay) inView[view.customers[position]!] = 1;
  }
  const history = historyView(table, filters, view);
  const historyDays = purchaseDayIndex(history);
  const buyers = new Int32Array(history.customers.length);
  const buyerStage = new Uint8Array(history.customers.length);
  const buyerPurchases = new Int32Array(history.customers.length);
  const stageCounts = new Int32Array(CUSTOMER_STAGES.length);
  let count = 0;
  for (let position = 0; position < history.customers.length; position++) {
    const code = history.customers[position]!;
    if (!inView[code]) continue;
    // The customer's distinct purchase days on or before asOfDay are historyDays.day[from .. end).
    const from = historyDays.start[position]!;
    const end = purchaseDaysEnd(historyDays, position, asOfDay);
    const purchases = historyDays.ordersThrough[end - 1]!;
    const previous = end - from >= 2 ? historyDays.day[end - 2]! : null;
    const stage = stageIndex(historyDays.day[end - 1]!, previous, purchases, asOfDay, window.days);
    buyers[count] = code;
    buyerStage[count] = stage;
    buyerPurchases[count++] = purchases;
    stageCounts[stage]!++;
  }
  const leadIds: string[] = [];
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
      leadIds.push(event.customerId);
      stageCounts[LEAD]!++;
    }
  }
  if (count + leadIds.length === 0) return { status: 'empty', reason: 'no-customers' };
  return {
    asOfDay,
    window,
    leadStatus,
    buyers: buyers.slice(0, count),
    buyerStage: buyerStage.slice(0, count),
    buyerPurchases: buyerPurchases.slice(0, count),
    leadIds,
    stageCounts,
  };
}

export function customerStages(table: OrderTable, settings: Settings, filters: Filters, events?: EventTable): CustomerStages | LifecycleEmpty {
  const classified = classify(table, settings, filters, events);
  if ('status' in classified) return classified;
  const counts = classified.stageCounts;
  const total = classified.buyers.length + classified.leadIds.length;
  const leads = counts[LEAD]!;
  return {
    status: 'ok',
    asOfDay: classified.asOfDay,
    churnWindow: classified.window,
    customers: total - leads,
    leads: classified.leadStatus === 'ok' ? leads : null,
    leadStatus: classified.leadStatus,
    stages: CUSTOMER_STAGES.filter((stage) => stage !== 'lead' || classified.leadStatus === 'ok').map((stage) => ({
      stage,
      customers: counts[STAGE_INDEX[stage]]!,
      share: (counts[STAGE_INDEX[stage]]! / total) * 100,
    })),
  };
}

/** The ids of the customers (or leads) in a stage, sorted, for click-through; [] when there are none. */
export function customersInStage(table: OrderTable, settings: Settings, filters: Filters, stage: CustomerStage, events?: EventTable): string[] {
  const classified = classify(table, settings, filters, events);
  if ('status' in classified) return [];
  if (stage === 'lead') return [...classified.leadIds].sort();
  const wanted = STAGE_INDEX[stage];
  const ids: string[] = [];
  for (let i = 0; i < classified.buyers.length; i++) {
    if (classified.buyerStage[i] === wanted) ids.push(table.customerIds[classified.buyers[i]!]!);
  }
  return ids.sort();
}

export function lifecycleFunnel(table: OrderTable, settings: Settings, filters: Filters, events?: EventTable): LifecycleFunnel | LifecycleEmpty {
  const classified = classify(table, settings, filters, events);
  if ('status' in classified) return classified;
  // Leads have no purchase, so only buyers reach the purchase steps.
  const atLeast = (n: number): number => {
    let customers = 0;
    for (let i = 0; i < classified.buyerPurchases.length; i++) if (classified.buyerPurchases[i]! >= n) customers++;
    return customers;
  };
  const countStage = (stage: CustomerStage): number => classified.stageCounts[STAGE_INDEX[stage]]!;
  const raw: { step: FunnelStep; customers: number }[] = [];
  if (classified.leadStatus === 'ok') raw.push({ step: 'lead', customers: classified.buyers.length + classified.leadIds.length });
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
