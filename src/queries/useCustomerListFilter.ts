/**
 * Click-through from a segment or a stage: asks the engine for the customers behind it
 * (metric 'customerList' under the settings and filters in force) and filters the page to them
 * through showCustomers, so the notice and the URL can name the source.
 */
import { useState } from 'react';
import { t } from '../i18n/messages';
import { useEngine } from './engineContext';
import { useAppStore, type ClickThroughSource } from '../store/store';

export type ListSource = Extract<ClickThroughSource, { kind: 'segment' } | { kind: 'stage' }>;

export type ListFilterState<S extends ListSource> = { status: 'idle' } | { status: 'loading'; source: S } | { status: 'failed'; message: string };

export function useCustomerListFilter<S extends ListSource>(): { state: ListFilterState<S>; filterTo: (source: S) => Promise<void> } {
  const engine = useEngine();
  const [state, setState] = useState<ListFilterState<S>>({ status: 'idle' });
  const filterTo = async (source: S): Promise<void> => {
    const { settings, filters } = useAppStore.getState();
    setState({ status: 'loading', source });
    try {
      const options = source.kind === 'segment' ? { segment: source.segment } : { stage: source.stage };
      const result = await engine.compute({ metric: 'customerList', settings, filters, options });
      if (result.status !== 'ok') {
        setState({ status: 'failed', message: result.status === 'empty' ? t('panels.empty.noCustomers') : t('panels.empty.noOrders') });
        return;
      }
      useAppStore.getState().showCustomers(
        result.customers.map((customer) => customer.customerId),
        source,
      );
      setState({ status: 'idle' });
    } catch (error) {
      setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };
  return { state, filterTo };
}
