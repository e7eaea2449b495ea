/**
 * spend.csv: monthly marketing spend per paid channel, derived from the customers that channel
 * actually brought in that month, so CAC computed from the files comes out near the assumed costs:
 *   spend(month, channel) = (fixed + perCustomer · acquired · (1 + 0.08 · years)) · e^(0.1 · Z), Z ~ N(0, 1)
 * (costs creep up 8% a year; the noise is month-to-month variation in efficiency). Organic has no
 * spend. `month` is written as the month's first day, `YYYY-MM-01`, which every date reader accepts.
 */
import type { CustomerPopulation } from './population';
import { normalSample, randomStream } from './random';
import { CHANNELS } from './shop';
import type { TextFile } from './textFile';
import { centsText } from './textFile';
import type { Timeline } from './timeline';

export const SPEND_HEADER = 'month,channel,spend';

const COST_CREEP_PER_YEAR = 0.08;
const MONTHLY_NOISE = 0.1;

/** Counts new customers per month and channel, then writes the spend rows. */
export function spendCounter(seed: number, population: CustomerPopulation, timeline: Timeline) {
  const monthCount = timeline.monthText.length;
  const acquired = new Int32Array(monthCount * CHANNELS.length);
  return {
    onCustomerAcquired(customerIndex: number, dayIndex: number): void {
      const slot = (timeline.monthOrdinal[dayIndex] ?? 0) * CHANNELS.length + (population.channel[customerIndex] ?? 0);
      acquired[slot] = (acquired[slot] ?? 0) + 1;
    },
    /** Writes header and rows (month, then channel in CHANNELS order); returns the number of rows. */
    write(file: TextFile): number {
      const uniform = randomStream(seed, 'spend');
      file.write(`${SPEND_HEADER}\n`);
      let rows = 0;
      for (let month = 0; month < monthCount; month++) {
        const years = month / 12;
        CHANNELS.forEach((channel, channelIndex) => {
          if (channel.spend === null) return;
          const customers = acquired[month * CHANNELS.length + channelIndex] ?? 0;
          const planned = channel.spend.monthlyFixed + channel.spend.perCustomer * customers * (1 + COST_CREEP_PER_YEAR * years);
          const cents = Math.round(planned * Math.exp(MONTHLY_NOISE * normalSample(uniform)) * 100);
          file.write(`${timeline.monthText[month] ?? ''},${channel.name},${centsText(cents)}\n`);
          rows += 1;
        });
      }
      return rows;
    },
  };
}
