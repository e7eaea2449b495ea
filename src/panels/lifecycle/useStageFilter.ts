/**
 * Click-through: filter the page to the customers in a lifecycle stage. The ids come from the
 * engine (metric 'customerList' with { stage }) under the settings and filters in force; the
 * panel only hands them to the store.
 */
import { useState } from 'react';
import { t } from '../../i18n/messages';
import { useEngine } from '../../queries/engineContext';
import { useAppStore } from '../../store/store';
import type { CustomerStage } from '../../metrics/lifecycle';

export type StageFilterState = { status: 'idle' } | { status: 'loading'; stage: CustomerStage } | { status: 'failed'; message: string };

export function useStageFilter(): { state: StageFilterState; filterTo: (stage: CustomerStage) => Promise<void> } {
  const engine = useEngine();
  const [state, setState] = useState<StageFilterState>({ status: 'idle' });
  const filterTo = async (stage: CustomerStage): Promise<void> => {
    const { settings, filters } = useAppStore.getState();
    setState({ status: 'loading', stage });
    try {
      const result = await engine.compute({ metric: 'customerList', settings, filters, options: { stage } });
      if (result.status !== 'ok') {
        setState({ status: 'failed', message: result.status === 'empty' ? t('panels.empty.noCustomers') : t('panels.empty.noOrders') });
        return;
      }
      // Through showCustomers, so the notice and the URL can name the stage (click-through source).
      useAppStore.getState().showCustomers(
        result.customers.map((customer) => customer.customerId),
        { kind: 'stage', stage },
      );
      setState({ status: 'idle' });
    } catch (error) {
      setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };
  return { state, filterTo };
}
