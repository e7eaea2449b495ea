/**
 * Order status → does the order count as a purchase? Refunded, cancelled, voided and failed orders
 * do not (DESIGN.md: refunds and cancellations never count as a purchase). Spellings from Shopify
 * (`Financial Status`: refunded, voided; `Cancelled at`), WooCommerce (`wc-refunded`, `wc-cancelled`,
 * `wc-failed`, trash, drafts) and Stripe (`Status`: Failed, Refunded). Everything else (paid,
 * pending, authorized, partially_refunded, completed, processing, on-hold …) is a purchase.
 */
export type StatusClass = 'purchase' | 'not-a-purchase';

const NOT_A_PURCHASE = new Set([
  'refunded', 'fully refunded', 'refund', 'cancelled', 'canceled', 'cancellation', 'voided', 'void',
  'failed', 'declined', 'trash', 'draft', 'checkout draft',
]);

/** Lower-case, `wc-` prefix dropped, `_`/`-` as spaces: `wc-refunded` → `refunded`. */
export function normalizeStatus(raw: string): string {
  return raw.trim().toLowerCase().replace(/^wc-/, '').replace(/[\s_-]+/g, ' ');
}

/** Exports repeat a handful of statuses millions of times: remember the answers. */
const seen = new Map<string, StatusClass>();

export function statusClass(raw: string): StatusClass {
  let known = seen.get(raw);
  if (known === undefined) {
    known = NOT_A_PURCHASE.has(normalizeStatus(raw)) ? 'not-a-purchase' : 'purchase';
    if (seen.size < 1000) seen.set(raw, known);
  }
  return known;
}
