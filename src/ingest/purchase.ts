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
  return { amount: outcomeAmount(gross, refunded, notAPurchase, cancellation), isPurchase: outcomeIsPurchase(gross, refunded, notAPurchase, cancellation) };
}

/**
 * The two halves of purchaseOutcome, for the fast reader: a million rows would make a million
 * short-lived objects (about 30 MB of garbage per million rows).
 */
export function outcomeIsPurchase(gross: number, refunded: number, notAPurchase: boolean, cancellation: boolean): boolean {
  return !cancellation && !notAPurchase && !(gross < 0) && !(refunded > 0 && gross - refunded <= 0);
}

export function outcomeAmount(gross: number, refunded: number, notAPurchase: boolean, cancellation: boolean): number {
  if (cancellation) return -Math.abs(gross);
  if (notAPurchase) return gross < 0 ? gross : 0;
  if (gross < 0) return gross;
  if (refunded > 0 && gross - refunded <= 0) return 0;
  return gross - refunded;
}
