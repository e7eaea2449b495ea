/**
 * Which survey responses the filters keep. The date range applies to the response day. Customer
 * filters (attributes of the first purchase, explicit ids) apply to responses that carry a
 * customer id, judged exactly as applyFilters judges customers; while such a filter is active,
 * responses without an id, or whose id is not a customer of the orders, cannot be shown to pass
 * and are left out (the same rule applyFilters uses for guest order rows).
 */
import { applyFilters } from './view';
import type { Filters } from './settings';
import type { OrderTable } from './table';
import type { SurveyResponse, SurveyTable } from './sideTables';

export interface FilteredResponses {
  responses: SurveyResponse[];
  excludedByDate: number;
  excludedByCustomerFilter: number;
}

export function hasCustomerFilter(filters: Filters): boolean {
  return (filters.customerIds ?? null) !== null || Object.keys(filters.attributes ?? {}).length > 0;
}

/** Ids of customers passing the customer-level filters, or null when no such filter is active. */
function allowedCustomerIds(table: OrderTable | null, filters: Filters): Set<string> | null {
  if (!hasCustomerFilter(filters)) return null;
  if (!table) {
    // Without orders the attributes of a first purchase are unknown: nobody can be shown to pass.
    return Object.keys(filters.attributes ?? {}).length > 0 ? new Set() : new Set(filters.customerIds ?? []);
  }
  const view = applyFilters(table, { attributes: filters.attributes ?? {}, customerIds: filters.customerIds ?? null });
  const ids = new Set<string>();
  for (let i = 0; i < view.customers.length; i++) ids.add(table.customerIds[view.customers[i]!]!);
  return ids;
}

export function filterResponses(surveys: SurveyTable | null, table: OrderTable | null, filters: Filters): FilteredResponses {
  const from = filters.fromDay ?? Number.NEGATIVE_INFINITY;
  const to = filters.toDay ?? Number.POSITIVE_INFINITY;
  const allowed = allowedCustomerIds(table, filters);
  const responses: SurveyResponse[] = [];
  let excludedByDate = 0;
  let excludedByCustomerFilter = 0;
  for (const response of surveys?.responses ?? []) {
    if (response.day < from || response.day > to) {
      excludedByDate++;
      continue;
    }
    if (allowed && (response.customerId === null || !allowed.has(response.customerId))) {
      excludedByCustomerFilter++;
      continue;
    }
    responses.push(response);
  }
  return { responses, excludedByDate, excludedByCustomerFilter };
}
