/**
 * Which survey a score belongs to: NPS (0–10, Reichheld 2003), CSAT (1–5) or CES (1–7, CES 2.0).
 * In order: the survey column's value (`nps`, `csat`, `ces`, or words such as "promoter",
 * "satisfaction", "effort"), the score column's name, the range of the whole score column
 * (a 0 or anything above 7 → NPS; at most 5 → CSAT; at most 7 → CES).
 */
import type { SurveyKind } from '../../metrics/sideTables';

export const SURVEY_RANGES: Readonly<Record<SurveyKind, { min: number; max: number }>> = {
  nps: { min: 0, max: 10 },
  csat: { min: 1, max: 5 },
  ces: { min: 1, max: 7 },
};

export function surveyKindFromText(text: string): SurveyKind | null {
  const lower = text.trim().toLowerCase();
  if (lower === '') return null;
  if (/nps|promoter|recommend/.test(lower)) return 'nps';
  if (/csat|satisf/.test(lower)) return 'csat';
  if (/\bces\b|effort|^ces/.test(lower)) return 'ces';
  return null;
}

export function surveyKindFromRange(min: number, max: number): SurveyKind {
  if (min < 1 || max > 7) return 'nps';
  if (max <= 5) return 'csat';
  return 'ces';
}

export function scoreFits(kind: SurveyKind, score: number): boolean {
  const range = SURVEY_RANGES[kind];
  return Number.isInteger(score) && score >= range.min && score <= range.max;
}
