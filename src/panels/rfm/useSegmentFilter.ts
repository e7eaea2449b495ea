/** Click-through from an RFM segment tile: the shared customer-list filter, keyed by segment. */
import { useCustomerListFilter } from '../../queries/useCustomerListFilter';
import type { RfmSegment } from '../../metrics/rfm';

export type SegmentFilterState = { status: 'idle' } | { status: 'loading'; segment: RfmSegment } | { status: 'failed'; message: string };

export function useSegmentFilter(): { state: SegmentFilterState; filterTo: (segment: RfmSegment) => Promise<void> } {
  const { state, filterTo } = useCustomerListFilter<{ kind: 'segment'; segment: RfmSegment }>();
  return {
    state: state.status === 'loading' ? { status: 'loading', segment: state.source.segment } : state,
    filterTo: (segment) => filterTo({ kind: 'segment', segment }),
  };
}
