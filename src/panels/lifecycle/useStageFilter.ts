/** Click-through from a lifecycle stage: the shared customer-list filter, keyed by stage. */
import { useCustomerListFilter } from '../../queries/useCustomerListFilter';
import type { CustomerStage } from '../../metrics/lifecycle';

export type StageFilterState = { status: 'idle' } | { status: 'loading'; stage: CustomerStage } | { status: 'failed'; message: string };

export function useStageFilter(): { state: StageFilterState; filterTo: (stage: CustomerStage) => Promise<void> } {
  const { state, filterTo } = useCustomerListFilter<{ kind: 'stage'; stage: CustomerStage }>();
  return {
    state: state.status === 'loading' ? { status: 'loading', stage: state.source.stage } : state,
    filterTo: (stage) => filterTo({ kind: 'stage', stage }),
  };
}
