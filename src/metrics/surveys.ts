/**
 * Survey scores: NPS, CSAT and CES with 95% intervals, score distributions and trends by period.
 *
 * - NPS = % promoters (9–10) − % detractors (0–6) on the 0–10 "how likely to recommend" scale
 *   (Reichheld, "The One Number You Need to Grow", Harvard Business Review, December 2003).
 *   Interval: Wald, var = (p + d − (p − d)²)/n (Rocks 2016), see surveyIntervals.ts.
 * - CSAT = % of responses scoring 4 or 5 on 1–5 (the "top-two-box" share, e.g. ACSI/Qualtrics
 *   usage), with a Wilson score interval.
 * - CES = mean score on the 1–7 effort scale (Dixon, Freeman & Toman, "Stop Trying to Delight
 *   Your Customers", HBR July 2010; CES 2.0 uses 1–7), with a Student t interval.
 *
 * Scores outside their scale or not whole numbers are left out and counted in `invalidScores`.
 * Trends: by settings.period in settings.calendar, one point per period from the first to the
 * last period with a response of that kind, with n (0 for a gap, whose figures are null).
 */
import { periodIndex, periodLabel, periodStartDay, type PeriodOptions } from './calendar';
import type { Filters, Settings } from './settings';
import type { OrderTable } from './table';
import type { SurveyKind, SurveyResponse, SurveyTable } from './sideTables';
import { filterResponses } from './surveyFilter';
import { meanWithTInterval, npsWaldInterval, wilsonInterval } from './surveyIntervals';
import { isValidScore, SCALES } from './surveyScales';

export { SCALES, isValidScore, npsGroupOf, NPS_GROUPS } from './surveyScales';
export type { NpsGroup } from './surveyScales';
export { surveyLinkedValue } from './surveyLinkedValue';
export type { SurveyLinkedValue, NpsGroupValue } from './surveyLinkedValue';

export interface ScoreCount {
  score: number;
  count: number;
}

export interface TrendPoint {
  period: number;
  label: string;
  startDay: number;
  n: number;
  /** NPS (−100…100), CSAT (0…100) or mean CES; null when n = 0. */
  value: number | null;
  low: number | null;
  high: number | null;
}

/** The figures of one group of responses; percentages and NPS in points (−100…100). */
export interface NpsFigures {
  n: number;
  promoters: number;
  passives: number;
  detractors: number;
  promoterPercent: number;
  detractorPercent: number;
  nps: number;
  low: number;
  high: number;
}

export interface CsatFigures {
  n: number;
  satisfied: number;
  csat: number;
  low: number;
  high: number;
}

export interface CesFigures {
  n: number;
  mean: number;
  /** null for n = 1, and then low/high are null too. */
  standardDeviation: number | null;
  low: number | null;
  high: number | null;
}

export type KindEmpty = { status: 'empty'; reason: 'no-responses' };

export type NpsSummary = { status: 'ok'; interval: 'wald'; distribution: ScoreCount[]; trend: TrendPoint[] } & NpsFigures;
export type CsatSummary = { status: 'ok'; interval: 'wilson'; distribution: ScoreCount[]; trend: TrendPoint[] } & CsatFigures;
export type CesSummary = { status: 'ok'; interval: 't'; distribution: ScoreCount[]; trend: TrendPoint[] } & CesFigures;

export interface SurveySummary {
  status: 'ok';
  /** Responses kept by the filters (all kinds, invalid scores included). */
  responses: number;
  excludedByDate: number;
  excludedByCustomerFilter: number;
  invalidScores: Record<SurveyKind, number>;
  nps: NpsSummary | KindEmpty;
  csat: CsatSummary | KindEmpty;
  ces: CesSummary | KindEmpty;
}

/** NPS of a list of 0–10 scores; null for an empty list. */
export function npsFigures(scores: readonly number[]): NpsFigures | null {
  const n = scores.length;
  if (n === 0) return null;
  let promoters = 0;
  let detractors = 0;
  for (const score of scores) {
    if (score >= 9) promoters++;
    else if (score <= 6) detractors++;
  }
  const interval = npsWaldInterval(promoters, detractors, n)!;
  return {
    n,
    promoters,
    passives: n - promoters - detractors,
    detractors,
    promoterPercent: (100 * promoters) / n,
    detractorPercent: (100 * detractors) / n,
    nps: (100 * (promoters - detractors)) / n,
    low: 100 * interval.low,
    high: 100 * interval.high,
  };
}

/** CSAT of a list of 1–5 scores; null for an empty list. */
export function csatFigures(scores: readonly number[]): CsatFigures | null {
  const n = scores.length;
  if (n === 0) return null;
  const satisfied = scores.filter((score) => score >= 4).length;
  const interval = wilsonInterval(satisfied, n)!;
  return { n, satisfied, csat: (100 * satisfied) / n, low: 100 * interval.low, high: 100 * interval.high };
}

/** CES of a list of 1–7 scores; null for an empty list. */
export function cesFigures(scores: readonly number[]): CesFigures | null {
  const result = meanWithTInterval(scores);
  if (!result) return null;
  return {
    n: scores.length,
    mean: result.mean,
    standardDeviation: result.standardDeviation,
    low: result.interval?.low ?? null,
    high: result.interval?.high ?? null,
  };
}

function distribution(kind: SurveyKind, scores: readonly number[]): ScoreCount[] {
  const { min, max } = SCALES[kind];
  const counts = new Array<number>(max - min + 1).fill(0);
  for (const score of scores) counts[score - min]!++;
  return counts.map((count, k) => ({ score: min + k, count }));
}

function trend(
  responses: readonly SurveyResponse[],
  options: PeriodOptions,
  figures: (scores: number[]) => { value: number; low: number | null; high: number | null } | null,
): TrendPoint[] {
  const byPeriod = new Map<number, number[]>();
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const response of responses) {
    const period = periodIndex(response.day, options);
    let scores = byPeriod.get(period);
    if (!scores) byPeriod.set(period, (scores = []));
    scores.push(response.score);
    first = Math.min(first, period);
    last = Math.max(last, period);
  }
  const points: TrendPoint[] = [];
  for (let period = first; period <= last; period++) {
    const scores = byPeriod.get(period) ?? [];
    const result = figures(scores);
    points.push({
      period,
      label: periodLabel(period, options),
      startDay: periodStartDay(period, options),
      n: scores.length,
      value: result?.value ?? null,
      low: result?.low ?? null,
      high: result?.high ?? null,
    });
  }
  return points;
}

/** NPS, CSAT and CES of the responses the filters keep. */
export function surveySummary(
  table: OrderTable | null,
  settings: Settings,
  filters: Filters,
  surveys: SurveyTable | null,
): SurveySummary | { status: 'empty'; reason: 'no-responses' } {
  const filtered = filterResponses(surveys, table, filters);
  if (filtered.responses.length === 0) return { status: 'empty', reason: 'no-responses' };
  const options: PeriodOptions = { period: settings.period, calendar: settings.calendar, weekStart: settings.weekStart };
  const invalidScores: Record<SurveyKind, number> = { nps: 0, csat: 0, ces: 0 };
  const byKind: Record<SurveyKind, SurveyResponse[]> = { nps: [], csat: [], ces: [] };
  for (const response of filtered.responses) {
    if (isValidScore(response.kind, response.score)) byKind[response.kind].push(response);
    else invalidScores[response.kind]++;
  }
  const scoresOf = (kind: SurveyKind): number[] => byKind[kind].map((r) => r.score);
  const empty: KindEmpty = { status: 'empty', reason: 'no-responses' };
  const nps = npsFigures(scoresOf('nps'));
  const csat = csatFigures(scoresOf('csat'));
  const ces = cesFigures(scoresOf('ces'));
  return {
    status: 'ok',
    responses: filtered.responses.length,
    excludedByDate: filtered.excludedByDate,
    excludedByCustomerFilter: filtered.excludedByCustomerFilter,
    invalidScores,
    nps: nps
      ? {
          status: 'ok',
          interval: 'wald',
          ...nps,
          distribution: distribution('nps', scoresOf('nps')),
          trend: trend(byKind.nps, options, (scores) => {
            const f = npsFigures(scores);
            return f && { value: f.nps, low: f.low, high: f.high };
          }),
        }
      : empty,
    csat: csat
      ? {
          status: 'ok',
          interval: 'wilson',
          ...csat,
          distribution: distribution('csat', scoresOf('csat')),
          trend: trend(byKind.csat, options, (scores) => {
            const f = csatFigures(scores);
            return f && { value: f.csat, low: f.low, high: f.high };
          }),
        }
      : empty,
    ces: ces
      ? {
          status: 'ok',
          interval: 't',
          ...ces,
          distribution: distribution('ces', scoresOf('ces')),
          trend: trend(byKind.ces, options, (scores) => {
            const f = cesFigures(scores);
            return f && { value: f.mean, low: f.low, high: f.high };
          }),
        }
      : empty,
  };
}
