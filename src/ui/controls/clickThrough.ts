/**
 * Click-through: filtering the page to the customers behind a figure (a cohort row, an RFM
 * segment, a lifecycle stage). The ids come from the engine; the store keeps them with their
 * source, which the notice shows and the URL stores instead of the ids.
 */
import { useCallback } from 'react';
import { useEngine } from '../../queries/engineContext';
import { useAppStore, type ClickThroughSource } from '../../store/store';
import type { Filters, Settings } from '../../metrics/settings';
import type { EngineClient } from '../../worker/client';

/** The filters a click-through starts from: everything the user chose except an earlier customer list (a new click replaces it). */
export function withoutCustomerIds(filters: Filters): Filters {
  const rest: Filters = { ...filters };
  delete rest.customerIds;
  return rest;
}

/** The customer ids of a source under these settings and filters, or null when the engine has nothing to say (no data). */
export async function resolveClickThrough(engine: EngineClient, settings: Settings, filters: Filters, source: ClickThroughSource): Promise<string[] | null> {
  const base = withoutCustomerIds(filters);
  if (source.kind === 'cohort') {
    const result = await engine.compute({ metric: 'cohortCustomers', settings: { ...settings, period: source.period }, filters: base, options: { cohort: source.label } });
    return result.status === 'ok' ? result.customerIds : null;
  }
  const options = source.kind === 'segment' ? { segment: source.segment } : { stage: source.stage };
  const result = await engine.compute({ metric: 'customerList', settings, filters: base, options });
  return result.status === 'ok' ? result.customers.map((c) => c.customerId) : null;
}

/** Filters the page to the customers of a source (an exception here is a bug and surfaces as one). */
export function useShowCustomersOf(): (source: ClickThroughSource) => Promise<void> {
  const engine = useEngine();
  return useCallback(
    async (source: ClickThroughSource) => {
      const { settings, filters } = useAppStore.getState();
      const ids = await resolveClickThrough(engine, settings, filters, source);
      if (ids !== null) useAppStore.getState().showCustomers(ids, source);
    },
    [engine],
  );
}

/** For the cohort heat map's row labels: a click shows that cohort's customers. */
export function useCohortClickThrough(): (label: string) => void {
  const show = useShowCustomersOf();
  return useCallback((label: string) => void show({ kind: 'cohort', label, period: useAppStore.getState().settings.period }), [show]);
}
