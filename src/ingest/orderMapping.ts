/**
 * The orders mapping in force: the preset's or generic mapping, with the user's choices applied,
 * checked against the header. Missing essentials fail with what was found and what was expected.
 */
import { failure, listNames } from './failure';
import { cdnowRules, matchPreset, presetRules, type OrderRules } from './presets';
import type { IngestFailure, OrderMapping, PresetName } from './types';

const SINGLE_ROLES = ['orderId', 'customerId', 'date', 'amount', 'quantity', 'unitPrice', 'refundedAmount', 'status', 'cost', 'customerIdFallback', 'cancelledAt'] as const;

/** Detects the preset (unless forced) and applies the mapping overrides. */
export function resolveOrderRules(header: readonly string[], cdnow: boolean, preset: PresetName | undefined, overrides: Partial<OrderMapping> | undefined): OrderRules {
  const base = preset ? presetRules(preset, header) : cdnow ? cdnowRules() : presetRules(matchPreset(header) ?? 'generic', header);
  if (!overrides) return base;
  const mapping: OrderMapping = { ...base.mapping };
  for (const role of SINGLE_ROLES) {
    const value = overrides[role];
    if (value !== undefined) mapping[role] = value;
  }
  if (overrides.attributes !== undefined) mapping.attributes = [...overrides.attributes];
  const mapped = new Set(SINGLE_ROLES.map((role) => mapping[role]).filter((name): name is string => typeof name === 'string'));
  // A column the user moved to a role is no longer also an attribute.
  mapping.attributes = mapping.attributes.filter((name) => !mapped.has(name));
  return { ...base, mapping, reason: `${base.reason}; mapping adjusted` };
}

/** Checks the mapping: every named column exists, and customer, date and amount are covered. */
export function checkOrderMapping(fileName: string, header: readonly string[], mapping: OrderMapping): IngestFailure | null {
  const found = `Found columns: ${listNames(header)}.`;
  const names = new Set(header);
  for (const role of SINGLE_ROLES) {
    const name = mapping[role];
    if (typeof name === 'string' && !names.has(name)) return failure(fileName, `the mapping names a column "${name}" (${role}) that is not in the file. ${found}`);
  }
  for (const name of mapping.attributes) {
    if (!names.has(name)) return failure(fileName, `the mapping names an attribute column "${name}" that is not in the file. ${found}`);
  }
  if (!mapping.customerId) {
    return failure(fileName, `no column looks like a customer id. ${found} Expected one of: customer_id, customer, email, client, user_id … (or choose the column).`);
  }
  if (!mapping.date) {
    return failure(fileName, `no column looks like an order date. ${found} Expected one of: order_date, date, created_at, timestamp, invoice_date … (or choose the column).`);
  }
  if (!mapping.amount && !(mapping.quantity && mapping.unitPrice)) {
    return failure(fileName, `no column looks like an order amount. ${found} Expected one of: amount, total, revenue, value, price, or quantity with unit_price (or choose the column).`);
  }
  return null;
}
