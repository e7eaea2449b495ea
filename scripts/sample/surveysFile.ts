/**
 * surveys.csv: NPS (0–10), CSAT (1–5) and CES (1–7, higher = easier, as in CES 2.0) responses sent
 * after paid orders. Scores follow a latent satisfaction that rises with the customer's loyalty,
 * ln((1 − p) / p) for dropout probability p, so promoters are the customers who keep buying:
 *   satisfaction = 0.75 · (ln((1 − p) / p) − 0.4) / 1.2 + 0.35 · customer noise + 0.5 · response noise
 *   NPS = round(7.5 + 2.0 · s), CSAT = round(3.9 + 0.95 · s), CES = round(5.1 + 1.3 · s), clamped to the scale.
 * About 5% of responses are anonymous (blank customer_id); about 20% carry a comment, in Persian or
 * Arabic for some customers in IR, AE and SA.
 */
import { customerId } from './identities';
import type { CustomerPopulation, SimulatedOrder } from './population';
import type { Uniform } from './random';
import { cumulativeWeights, exponentialSample, hashedUniform, integerBetween, normalSample, pickIndex, randomStream } from './random';
import { COUNTRIES } from './shop';
import type { Sentiment } from './surveyComments';
import { COMMENTS } from './surveyComments';
import type { TextFile } from './textFile';
import { csvField, timeOfDayText } from './textFile';
import type { Timeline } from './timeline';

export const SURVEYS_HEADER = 'response_id,customer_id,submitted_at,survey,score,comment';

type SurveyKind = 'nps' | 'csat' | 'ces';
const SURVEY_KINDS: readonly SurveyKind[] = ['nps', 'csat', 'ces'];
const SURVEY_KIND_SUMS = cumulativeWeights([50, 35, 15]);

/** Chance that a paid order leads to a survey response (≈ 2,500 responses for 6,000 customers). */
const RESPONSE_PROBABILITY = 0.22;
const ANONYMOUS_SHARE = 0.05;
const COMMENT_PROBABILITY = 0.2;
const MEAN_DAYS_TO_RESPOND = 3;
/** A customer is asked again only this many days after their last response (survey fatigue rules). */
const DAYS_BETWEEN_SURVEYS = 120;

interface Response {
  readonly dayIndex: number;
  readonly secondOfDay: number;
  readonly customerIndex: number;
  readonly anonymous: boolean;
  readonly kind: SurveyKind;
  readonly score: number;
  readonly comment: string;
}

function clampRound(value: number, minimum: number, maximum: number): number {
  return Math.min(maximum, Math.max(minimum, Math.round(value)));
}

function scoreFor(kind: SurveyKind, satisfaction: number): number {
  if (kind === 'nps') return clampRound(7.5 + 2.0 * satisfaction, 0, 10);
  if (kind === 'csat') return clampRound(3.9 + 0.95 * satisfaction, 1, 5);
  return clampRound(5.1 + 1.3 * satisfaction, 1, 7);
}

function sentimentOf(kind: SurveyKind, score: number): Sentiment {
  const [negativeAtMost, positiveFrom] = kind === 'nps' ? [6, 9] : kind === 'csat' ? [2, 4] : [3, 6];
  if (score <= negativeAtMost) return 'negative';
  return score >= positiveFrom ? 'positive' : 'neutral';
}

/** A customer's lasting mood, the same in every response they give: a standard normal fixed by (seed, customer). */
function customerMood(seed: number, customerIndex: number): number {
  const radius = Math.sqrt(-2 * Math.log(hashedUniform(seed, 'mood-radius', customerIndex)));
  return radius * Math.cos(2 * Math.PI * hashedUniform(seed, 'mood-angle', customerIndex));
}

function drawComment(uniform: Uniform, countryIndex: number, sentiment: Sentiment): string {
  if (uniform() >= COMMENT_PROBABILITY) return '';
  const local = COUNTRIES[countryIndex]?.localComments ?? { language: 'en', probability: 1 };
  const pool = COMMENTS[uniform() < local.probability ? local.language : 'en'][sentiment];
  return pool[Math.floor(uniform() * pool.length)] ?? '';
}

/** A simulation listener that collects survey responses, then writes them sorted by submission time. */
export function surveysCollector(seed: number, population: CustomerPopulation, timeline: Timeline) {
  const uniform = randomStream(seed, 'surveys');
  const responses: Response[] = [];
  const lastResponseDay = new Int32Array(population.count).fill(-DAYS_BETWEEN_SURVEYS);
  return {
    onOrder(order: SimulatedOrder): void {
      if (order.customerIndex < 0 || order.status !== 'paid') return;
      if (order.dayIndex - (lastResponseDay[order.customerIndex] ?? 0) < DAYS_BETWEEN_SURVEYS) return;
      if (uniform() >= RESPONSE_PROBABILITY) return;
      const dayIndex = order.dayIndex + 1 + Math.floor(exponentialSample(uniform, 1 / MEAN_DAYS_TO_RESPOND));
      if (dayIndex >= timeline.dayCount) return;
      lastResponseDay[order.customerIndex] = dayIndex;
      const dropout = population.dropoutProbability[order.customerIndex] ?? 0.5;
      const loyalty = Math.log((1 - dropout) / Math.max(dropout, 1e-9));
      const satisfaction = (0.75 * (loyalty - 0.4)) / 1.2 + 0.35 * customerMood(seed, order.customerIndex) + 0.5 * normalSample(uniform);
      const kind = SURVEY_KINDS[pickIndex(uniform, SURVEY_KIND_SUMS)]!;
      const score = scoreFor(kind, satisfaction);
      responses.push({
        dayIndex,
        secondOfDay: integerBetween(uniform, 8 * 3600, 23 * 3600 - 1),
        customerIndex: order.customerIndex,
        anonymous: uniform() < ANONYMOUS_SHARE,
        kind,
        score,
        comment: drawComment(uniform, order.country, sentimentOf(kind, score)),
      });
    },
    /** Writes header and rows; returns the number of responses. */
    write(file: TextFile): number {
      const ordered = responses.slice().sort((left, right) => left.dayIndex - right.dayIndex || left.secondOfDay - right.secondOfDay);
      file.write(`${SURVEYS_HEADER}\n`);
      ordered.forEach((response, position) => {
        const id = response.anonymous ? '' : customerId(seed, population, response.customerIndex);
        const submittedAt = `${timeline.dateText[response.dayIndex] ?? ''} ${timeOfDayText(response.secondOfDay)}`;
        file.write(`R${100_001 + position},${id},${submittedAt},${response.kind},${response.score},${csvField(response.comment)}\n`);
      });
      return ordered.length;
    },
  };
}
