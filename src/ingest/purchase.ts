/**
 * Purchase or refund, and the amount that counts (DESIGN.md "Data model": refunds and cancellations
 * reduce revenue and never count as a purchase):
 * - a cancellation invoice (UCI `C536379`) → refund row, amount −|gross|;
 * - status refunded/cancelled/voided/failed → not a purchase, 0 (a negative amount is kept: money paid back);
 * - a negative amount → refund row, the amount as written;
 * - refunded ≥ gross → not a purchase, 0; otherwise a purchase of gross − refunded.
 */
export interface PurchaseOutcome {
  amount: number;
  isPurchase: boolean;
}

export function purchaseOutcome(gross: number, refunded: number, notAPurchase: boolean, cancellation: boolean): PurchaseOutcome {
  if (cancellation) return { amount: -Math.abs(gross), isPurchase: false };
  if (notAPurchase) return { amount: gross < 0 ? gross : 0, isPurchase: false };
  if (gross < 0) return { amount: gross, isPurchase: false };
  if (refunded > 0 && gross - refunded <= 0) return { amount: 0, isPurchase: false };
  return { amount: gross - refunded, isPurchase: true };
}
