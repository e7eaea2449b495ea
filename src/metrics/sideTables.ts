/**
 * The optional data sets beside orders: survey responses, marketing spend and lifecycle events.
 * Small enough to keep as arrays of plain records.
 */

export type SurveyKind = 'nps' | 'csat' | 'ces';

export interface SurveyResponse {
  /** Customer id as in the orders file, when the survey carries one. */
  customerId: string | null;
  day: number;
  kind: SurveyKind;
  /** NPS 0–10, CSAT 1–5, CES 1–7. */
  score: number;
  comment?: string;
}

export interface SurveyTable {
  readonly responses: readonly SurveyResponse[];
}

export interface SpendRow {
  /** First day of the period the spend covers. */
  day: number;
  channel: string;
  amount: number;
}

export interface SpendTable {
  readonly rows: readonly SpendRow[];
}

/** A lifecycle event from a leads/events file: a lead, a sign-up, a visit... */
export interface LifecycleEvent {
  customerId: string;
  day: number;
  /** Lower-case stage or event name as written (`lead`, `signup`, `awareness`...). */
  stage: string;
}

export interface EventTable {
  readonly events: readonly LifecycleEvent[];
}
