/**
 * Click-through: filter the page to the customers of an RFM segment. The ids come from the
 * engine (metric 'customerList' with { segment }) under the settings and filters in force; the
 * panel only hands them to the store.
 */
import { useState } from 'react';
import { t } from '../../i18n/messages';
import { useEngine } from '../../queries/engineContext';
import { useAppStore } from '../../store/store';
import type { RfmSegment } from '../../metrics/rfm';

export type SegmentFilterState = { status: 'idle' } | { status: 'loading'; segment: RfmSegment } | { status: 'failed'; message: string };

export function useSegmentFilter(): { state: SegmentFilterState; filterTo: (segment: RfmSegment) => Promise<void> } {
  const engine = useEngine();
  const [state, setState] = useState<SegmentFilterState>({ status: 'idle' });
  const filterTo = async (segment: RfmSegment): Promise<void> => {
    const { settings, filters } = useAppStore.getState();
    setState({ status: 'loading', segment });
    try {
      const result = await engine.compute({ metric: 'customerList', settings, filters, options: { segment } });
      if (result.status !== 'ok') {
        setState({ status: 'failed', message: result.status === 'empty' ? t('panels.empty.noCustomers') : t('panels.empty.noOrders') });
        return;
      }
      // Through showCustomers, so the notice and the URL can name the segment (click-through source).
      useAppStore.getState().showCustomers(
        result.customers.map((customer) => customer.customerId),
        { kind: 'segment', segment },
      );
      setState({ status: 'idle' });
    } catch (error) {
      setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };
  return { state, filterTo };
}
