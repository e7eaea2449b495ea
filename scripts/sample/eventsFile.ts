/**
 * events.csv: the top of the funnel. `lead` (the shop learned of the person: a form, a quiz, a
 * newsletter) and `signup` (an account was created), strictly before the first purchase for buyers:
 * - a buyer from channel c was a lead with probability c.leadProbability, 1 + Exp(mean 18) days
 *   before the first order, and signed up with probability c.signupProbability, between the lead day
 *   and the day before the first order (or 1 + Exp(mean 5) days before it without a lead event);
 * - leads who never bought: 3 per buyer, arriving with the same growth and seasonality as buyers;
 *   a quarter of them sign up 0 + Exp(mean 6) days later.
 * Events before the first day of the data are not written (the shop's history starts there).
 */
import { customerId, leadId } from './identities';
import type { CustomerPopulation } from './population';
import { acquisitionCountsPerDay } from './population';
import { cumulativeWeights, exponentialSample, pickIndex, randomStream } from './random';
import { CHANNELS, COUNTRIES, EMAIL_ID_SHARE } from './shop';
import type { TextFile } from './textFile';
import type { Timeline } from './timeline';

export const EVENTS_HEADER = 'customer_id,event,date';

const LEADS_PER_BUYER = 3;
const LEAD_SIGNUP_PROBABILITY = 0.25;
const MEAN_DAYS_LEAD_TO_PURCHASE = 18;
const MEAN_DAYS_SIGNUP_TO_PURCHASE = 5;
const MEAN_DAYS_LEAD_TO_SIGNUP = 6;

const EVENT_NAMES = ['lead', 'signup'] as const;
const COUNTRY_SUMS = cumulativeWeights(COUNTRIES.map((spec) => spec.weight));

/** Collects events compactly (three numbers each) and writes them in date order. */
export function eventsCollector(seed: number, population: CustomerPopulation, timeline: Timeline) {
  const uniform = randomStream(seed, 'events');
  const dayOf: number[] = [];
  const kindOf: number[] = [];
  /** ≥ 0: a customer index; < 0: never-buying lead number −1 − who. */
  const whoOf: number[] = [];
  const add = (dayIndex: number, kind: number, who: number): void => {
    if (dayIndex < 0 || dayIndex >= timeline.dayCount) return;
    dayOf.push(dayIndex);
    kindOf.push(kind);
    whoOf.push(who);
  };
  let leadEmails = new Uint8Array(0);
  let leadCountry = new Uint8Array(0);

  return {
    onCustomerAcquired(customerIndex: number, firstDayIndex: number): void {
      const channel = CHANNELS[population.channel[customerIndex] ?? 0]!;
      let leadDay = -1;
      if (uniform() < channel.leadProbability) {
        leadDay = firstDayIndex - 1 - Math.floor(exponentialSample(uniform, 1 / MEAN_DAYS_LEAD_TO_PURCHASE));
        add(leadDay, 0, customerIndex);
      }
      if (uniform() < channel.signupProbability) {
        const signupDay =
          leadDay >= 0
            ? leadDay + Math.floor(uniform() * (firstDayIndex - leadDay))
            : firstDayIndex - 1 - Math.floor(exponentialSample(uniform, 1 / MEAN_DAYS_SIGNUP_TO_PURCHASE));
        add(signupDay, 1, customerIndex);
      }
    },
    /** Adds the never-buying leads (call once, after the simulation). */
    addLeadsWhoNeverBought(): void {
      const count = LEADS_PER_BUYER * population.count;
      const perDay = acquisitionCountsPerDay(uniform, count, timeline.acquisitionCumulative);
      leadEmails = new Uint8Array(count);
      leadCountry = new Uint8Array(count);
      let lead = 0;
      perDay.forEach((arrivals, dayIndex) => {
        for (let added = 0; added < arrivals; added++, lead++) {
          leadEmails[lead] = uniform() < EMAIL_ID_SHARE ? 1 : 0;
          leadCountry[lead] = pickIndex(uniform, COUNTRY_SUMS);
          add(dayIndex, 0, -1 - lead);
          if (uniform() < LEAD_SIGNUP_PROBABILITY) {
            add(dayIndex + Math.floor(exponentialSample(uniform, 1 / MEAN_DAYS_LEAD_TO_SIGNUP)), 1, -1 - lead);
          }
        }
      });
    },
    /** Writes header and rows in date order (ties: order of generation); returns the number of events. */
    write(file: TextFile): number {
      // Counting sort by day: stable, and linear in the number of events.
      const starts = new Int32Array(timeline.dayCount + 1);
      for (const dayIndex of dayOf) starts[dayIndex + 1] = (starts[dayIndex + 1] ?? 0) + 1;
      for (let dayIndex = 0; dayIndex < timeline.dayCount; dayIndex++) starts[dayIndex + 1] = (starts[dayIndex + 1] ?? 0) + (starts[dayIndex] ?? 0);
      const ordered = new Int32Array(dayOf.length);
      dayOf.forEach((dayIndex, event) => {
        const slot = starts[dayIndex] ?? 0;
        ordered[slot] = event;
        starts[dayIndex] = slot + 1;
      });
      file.write(`${EVENTS_HEADER}\n`);
      for (const event of ordered) {
        const who = whoOf[event] ?? 0;
        const id =
          who >= 0
            ? customerId(seed, population, who)
            : leadId(seed, -1 - who, leadEmails[-1 - who] === 1, COUNTRIES[leadCountry[-1 - who] ?? 0]!.names);
        file.write(`${id},${EVENT_NAMES[kindOf[event] ?? 0]},${timeline.dateText[dayOf[event] ?? 0] ?? ''}\n`);
      }
      return ordered.length;
    },
  };
}
