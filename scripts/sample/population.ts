/**
 * The customers and their orders: a day-by-day "buy till you die" simulation in the spirit of BG/NBD
 * (Fader, Hardie & Lee 2005, "Counting Your Customers the Easy Way", Marketing Science 24(2)):
 * - each customer's first order falls on a day drawn from the timeline's acquisition weight, and the
 *   customer's acquisition channel, country and id style are drawn then;
 * - while alive, a customer buys as a Poisson process with rate λ ~ Gamma(shape, rate) per day, scaled
 *   by the day's demand (seasonality; sampled by thinning, Lewis & Shedler 1979);
 * - after every order the customer drops out for good with probability p ~ Beta(a, b).
 * λ and p come from the channel's parameters (shop.ts), so cohorts decay differently by channel.
 *
 * Days are processed in order and every customer waits in the bucket of their next order day, so
 * memory grows with the number of customers, never with the rows written (orders stream out).
 */
import type { BasketModel, OrderLine } from './basket';
import { drawOrderLines } from './basket';
import type { Uniform } from './random';
import { betaSample, cumulativeWeights, exponentialSample, gammaSample, integerBetween, pickIndex, randomStream } from './random';
import {
  CANCELLED_SHARE, CHANNELS, COUNTRIES, EMAIL_ID_SHARE, GUEST_ORDER_PROBABILITY, HOUR_WEIGHTS,
  MAXIMUM_PURCHASE_RATE_PER_DAY, REFUNDED_SHARE,
} from './shop';
import type { Timeline } from './timeline';

export type OrderStatus = 'paid' | 'refunded' | 'cancelled';

/** Order numbers are consecutive in time order, starting here. */
export const FIRST_ORDER_NUMBER = 100_001;

/** Per-customer traits and running counts, as parallel typed arrays indexed by customer (acquisition order). */
export interface CustomerPopulation {
  readonly count: number;
  /** Index into CHANNELS. */
  readonly channel: Uint8Array;
  /** Index into COUNTRIES. */
  readonly country: Uint8Array;
  /** 1 when the customer's id is an e-mail address. */
  readonly emailId: Uint8Array;
  /** λ, expected orders per day while alive (before seasonality). */
  readonly purchaseRate: Float64Array;
  /** p, the chance of dropping out after each order. */
  readonly dropoutProbability: Float64Array;
  readonly firstDayIndex: Int32Array;
  /** Orders of any status, and paid orders, written so far. */
  readonly orderCount: Uint32Array;
  readonly paidOrderCount: Uint32Array;
}

export interface SimulatedOrder {
  readonly orderNumber: number;
  /** Index into the population, or −1 for a guest checkout (blank customer id). */
  readonly customerIndex: number;
  readonly dayIndex: number;
  /** 0 … 86 399, shop-local time. */
  readonly secondOfDay: number;
  readonly status: OrderStatus;
  readonly channel: number;
  readonly country: number;
  readonly lines: readonly OrderLine[];
}

export interface SimulationListener {
  onCustomerAcquired?(customerIndex: number, dayIndex: number): void;
  onOrder?(order: SimulatedOrder): void;
}

export interface SimulationOptions {
  readonly seed: number;
  readonly population: CustomerPopulation;
  readonly timeline: Timeline;
  readonly basket: BasketModel;
}

export function createPopulation(count: number): CustomerPopulation {
  return {
    count,
    channel: new Uint8Array(count),
    country: new Uint8Array(count),
    emailId: new Uint8Array(count),
    purchaseRate: new Float64Array(count),
    dropoutProbability: new Float64Array(count),
    firstDayIndex: new Int32Array(count),
    orderCount: new Uint32Array(count),
    paidOrderCount: new Uint32Array(count),
  };
}

/** How many first purchases fall on each day: `count` draws from the timeline's acquisition weight (inverse CDF). */
export function acquisitionCountsPerDay(uniform: Uniform, count: number, cumulative: Float64Array): Int32Array {
  const counts = new Int32Array(cumulative.length);
  for (let drawn = 0; drawn < count; drawn++) {
    const dayIndex = pickIndex(uniform, cumulative);
    counts[dayIndex] = (counts[dayIndex] ?? 0) + 1;
  }
  return counts;
}

function channelSumsOn(dayIndex: number, dayCount: number): Float64Array {
  const progress = dayCount > 1 ? dayIndex / (dayCount - 1) : 0;
  return cumulativeWeights(CHANNELS.map((spec) => spec.shareAtStart + (spec.shareAtEnd - spec.shareAtStart) * progress));
}

const COUNTRY_SUMS = cumulativeWeights(COUNTRIES.map((spec) => spec.weight));
const HOUR_SUMS = cumulativeWeights(HOUR_WEIGHTS);

function drawTraits(uniform: Uniform, population: CustomerPopulation, customerIndex: number, dayIndex: number, channelSums: Float64Array): void {
  const channelIndex = pickIndex(uniform, channelSums);
  const spec = CHANNELS[channelIndex]!;
  population.channel[customerIndex] = channelIndex;
  population.country[customerIndex] = pickIndex(uniform, COUNTRY_SUMS);
  population.emailId[customerIndex] = uniform() < EMAIL_ID_SHARE ? 1 : 0;
  const rate = gammaSample(uniform, spec.purchaseRate.shape, spec.purchaseRate.rate);
  population.purchaseRate[customerIndex] = Math.min(rate, MAXIMUM_PURCHASE_RATE_PER_DAY);
  population.dropoutProbability[customerIndex] = betaSample(uniform, spec.dropout.a, spec.dropout.b);
  population.firstDayIndex[customerIndex] = dayIndex;
}

/**
 * The day index of the next order after time `now` (in days, fractional), or −1 past the end.
 * Thinning: candidates at the bounding rate λ·peak, each kept with probability demand(day) / peak.
 */
function nextOrderDayIndex(uniform: Uniform, rate: number, now: number, timeline: Timeline): number {
  const boundingRate = rate * timeline.peakDemand;
  let time = now;
  for (;;) {
    time += exponentialSample(uniform, boundingRate);
    if (time >= timeline.dayCount) return -1;
    const dayIndex = Math.floor(time);
    if (uniform() * timeline.peakDemand < (timeline.demand[dayIndex] ?? 0)) return dayIndex;
  }
}

function drawStatus(uniform: Uniform): OrderStatus {
  const draw = uniform();
  if (draw < REFUNDED_SHARE) return 'refunded';
  if (draw < REFUNDED_SHARE + CANCELLED_SHARE) return 'cancelled';
  return 'paid';
}

interface PendingOrder {
  readonly customerIndex: number;
  readonly secondOfDay: number;
}

/** Runs the whole time range, calling the listener for each new customer and each order, in time order. */
export function simulateShop(options: SimulationOptions, listener: SimulationListener): void {
  const { seed, population, timeline, basket } = options;
  const acquisitionRandom = randomStream(seed, 'acquisition');
  const traitsRandom = randomStream(seed, 'traits');
  const timingRandom = randomStream(seed, 'timing');
  const basketRandom = randomStream(seed, 'basket');
  const statusRandom = randomStream(seed, 'status');
  const guestRandom = randomStream(seed, 'guests');
  const acquisitions = acquisitionCountsPerDay(acquisitionRandom, population.count, timeline.acquisitionCumulative);
  const waiting: number[][] = Array.from({ length: timeline.dayCount }, () => []);
  let nextCustomerIndex = 0;
  let orderNumber = FIRST_ORDER_NUMBER;

  for (let dayIndex = 0; dayIndex < timeline.dayCount; dayIndex++) {
    const buyers: number[] = [];
    const newCustomers = acquisitions[dayIndex] ?? 0;
    const channelSums = newCustomers > 0 ? channelSumsOn(dayIndex, timeline.dayCount) : null;
    for (let added = 0; added < newCustomers && channelSums; added++) {
      const customerIndex = nextCustomerIndex++;
      drawTraits(traitsRandom, population, customerIndex, dayIndex, channelSums);
      listener.onCustomerAcquired?.(customerIndex, dayIndex);
      buyers.push(customerIndex);
    }
    for (const customerIndex of waiting[dayIndex] ?? []) buyers.push(customerIndex);
    waiting[dayIndex] = [];

    const pending: PendingOrder[] = [];
    for (const customerIndex of buyers) {
      pending.push({ customerIndex, secondOfDay: pickIndex(timingRandom, HOUR_SUMS) * 3600 + integerBetween(timingRandom, 0, 3599) });
      if (guestRandom() < GUEST_ORDER_PROBABILITY) {
        pending.push({ customerIndex: -1, secondOfDay: pickIndex(guestRandom, HOUR_SUMS) * 3600 + integerBetween(guestRandom, 0, 3599) });
      }
    }
    pending.sort((left, right) => left.secondOfDay - right.secondOfDay); // stable: ties keep draw order

    for (const { customerIndex, secondOfDay } of pending) {
      const isGuest = customerIndex < 0;
      const status = drawStatus(statusRandom);
      const order: SimulatedOrder = {
        orderNumber: orderNumber++,
        customerIndex,
        dayIndex,
        secondOfDay,
        status,
        channel: isGuest ? pickIndex(guestRandom, channelSumsOn(dayIndex, timeline.dayCount)) : population.channel[customerIndex]!,
        country: isGuest ? pickIndex(guestRandom, COUNTRY_SUMS) : population.country[customerIndex]!,
        lines: drawOrderLines(basketRandom, basket, timeline, dayIndex),
      };
      listener.onOrder?.(order);
      if (isGuest) continue;
      population.orderCount[customerIndex] = (population.orderCount[customerIndex] ?? 0) + 1;
      if (status === 'paid') population.paidOrderCount[customerIndex] = (population.paidOrderCount[customerIndex] ?? 0) + 1;
      if (timingRandom() < (population.dropoutProbability[customerIndex] ?? 1)) continue; // dropped out after this order
      const nextDay = nextOrderDayIndex(timingRandom, population.purchaseRate[customerIndex] ?? 0, dayIndex + secondOfDay / 86_400, timeline);
      if (nextDay < 0) continue;
      // At most one order per customer per day: a same-day repeat moves to the next morning's bucket.
      const bucket = waiting[Math.max(nextDay, dayIndex + 1)];
      bucket?.push(customerIndex);
    }
  }
}
