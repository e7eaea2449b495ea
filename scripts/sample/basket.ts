/**
 * The line items of one order: which products, how many, at what price and cost. Money is kept in
 * integer cents so amount = quantity × unit price holds exactly in the CSV.
 *
 * Prices: the list price rises 4% every January (rounded to end in .99); on Black Friday … Cyber
 * Monday 60% of lines are 20% off, on other days 7% of lines carry a 10% voucher.
 * Cost of goods: a uniform 55–70% of the line amount.
 */
import type { Uniform } from './random';
import { cumulativeWeights, pickIndex } from './random';
import { CATALOGUE, COST_SHARE_RANGE, LINES_PER_ORDER_WEIGHTS, QUANTITY_WEIGHTS } from './shop';
import type { Timeline } from './timeline';

const YEARLY_PRICE_RISE = 1.04;
const PROMOTION_DISCOUNT = { probability: 0.6, share: 0.2 } as const;
const VOUCHER_DISCOUNT = { probability: 0.07, share: 0.1 } as const;

export interface OrderLine {
  readonly productIndex: number;
  readonly quantity: number;
  readonly unitPriceCents: number;
  /** quantity × unitPriceCents. */
  readonly amountCents: number;
  readonly costCents: number;
}

/** `basket`: 1–4 line items per order; `single`: one line per order (the benchmark's big files). */
export type BasketMode = 'basket' | 'single';

export interface BasketModel {
  readonly mode: BasketMode;
  /** List price in cents by product index, then year ordinal. */
  readonly listPriceCents: readonly (readonly number[])[];
  readonly productSums: Float64Array;
  readonly lineCountSums: Float64Array;
  readonly quantitySums: Float64Array;
}

function listPriceAfterYears(basePriceCents: number, years: number): number {
  const raised = basePriceCents * Math.pow(YEARLY_PRICE_RISE, years);
  return Math.max(99, Math.round(raised / 100) * 100 - 1);
}

export function buildBasketModel(mode: BasketMode, timeline: Timeline): BasketModel {
  const yearCount = (timeline.yearOrdinal[timeline.dayCount - 1] ?? 0) + 1;
  const listPriceCents = CATALOGUE.map((spec) =>
    Array.from({ length: yearCount }, (_, years) => (years === 0 ? spec.basePriceCents : listPriceAfterYears(spec.basePriceCents, years))),
  );
  return {
    mode,
    listPriceCents,
    productSums: cumulativeWeights(CATALOGUE.map((spec) => spec.weight)),
    lineCountSums: cumulativeWeights(LINES_PER_ORDER_WEIGHTS),
    quantitySums: cumulativeWeights(QUANTITY_WEIGHTS),
  };
}

function discountedPrice(uniform: Uniform, listPriceCents: number, isPromotionDay: boolean): number {
  const offer = isPromotionDay ? PROMOTION_DISCOUNT : VOUCHER_DISCOUNT;
  if (uniform() >= offer.probability) return listPriceCents;
  return Math.round(listPriceCents * (1 - offer.share));
}

/** The line items of an order placed on `dayIndex`: distinct products, 1–4 lines (or one in `single` mode). */
export function drawOrderLines(uniform: Uniform, model: BasketModel, timeline: Timeline, dayIndex: number): OrderLine[] {
  const lineCount = model.mode === 'single' ? 1 : pickIndex(uniform, model.lineCountSums) + 1;
  const years = timeline.yearOrdinal[dayIndex] ?? 0;
  const isPromotionDay = timeline.promotion[dayIndex] === 1;
  const lines: OrderLine[] = [];
  const chosen = new Set<number>();
  while (lines.length < lineCount) {
    const productIndex = pickIndex(uniform, model.productSums);
    if (chosen.has(productIndex)) continue;
    chosen.add(productIndex);
    const quantity = pickIndex(uniform, model.quantitySums) + 1;
    const listPrice = model.listPriceCents[productIndex]?.[years] ?? 0;
    const unitPriceCents = discountedPrice(uniform, listPrice, isPromotionDay);
    const amountCents = quantity * unitPriceCents;
    const costShare = COST_SHARE_RANGE.minimum + uniform() * (COST_SHARE_RANGE.maximum - COST_SHARE_RANGE.minimum);
    lines.push({ productIndex, quantity, unitPriceCents, amountCents, costCents: Math.round(amountCents * costShare) });
  }
  return lines;
}

