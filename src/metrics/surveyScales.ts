/**
 * The survey scales and the NPS groups (Reichheld 2003): promoters score 9–10, passives 7–8,
 * detractors 0–6 on the 0–10 scale. CSAT uses 1–5 and CES 1–7; a score outside its scale or not
 * a whole number is not a valid answer.
 */
import type { SurveyKind } from './sideTables';

export const SCALES: Readonly<Record<SurveyKind, { min: number; max: number }>> = {
  nps: { min: 0, max: 10 },
  csat: { min: 1, max: 5 },
  ces: { min: 1, max: 7 },
};

export function isValidScore(kind: SurveyKind, score: number): boolean {
  return Number.isInteger(score) && score >= SCALES[kind].min && score <= SCALES[kind].max;
}

export type NpsGroup = 'promoter' | 'passive' | 'detractor';

export const NPS_GROUPS: readonly NpsGroup[] = ['promoter', 'passive', 'detractor'];

export function npsGroupOf(score: number): NpsGroup {
  return score >= 9 ? 'promoter' : score <= 6 ? 'detractor' : 'passive';
}
