/** Detecting and checking the columns of surveys, spend and events files. */
import { CHANNEL_KEYS, COMMENT_KEYS, CUSTOMER_KEYS, EVENT_DATE_KEYS, findColumn, SCORE_KEYS, SPEND_DATE_KEYS, SPEND_KEYS, STAGE_KEYS, SURVEY_KIND_KEYS, DATE_KEYS } from './columnNames';
import { failure, listNames } from './failure';
import type { FileKind, IngestFailure, SideMapping } from './types';

const ROLES = ['customerId', 'date', 'score', 'surveyKind', 'comment', 'channel', 'amount', 'stage'] as const;

function empty(): SideMapping {
  return { customerId: null, date: null, score: null, surveyKind: null, comment: null, channel: null, amount: null, stage: null };
}

/** The detected mapping for a side file, with the user's overrides applied. */
export function detectSideMapping(kind: Exclude<FileKind, 'orders'>, header: readonly string[], overrides: Partial<SideMapping> | undefined): SideMapping {
  const taken = new Set<string>();
  const take = (keys: readonly string[]): string | null => {
    const name = findColumn(header, keys, taken);
    if (name !== null) taken.add(name);
    return name;
  };
  const mapping = empty();
  switch (kind) {
    case 'surveys':
      mapping.score = take(SCORE_KEYS);
      mapping.customerId = take(CUSTOMER_KEYS);
      mapping.date = take([...EVENT_DATE_KEYS, ...DATE_KEYS]);
      mapping.surveyKind = take(SURVEY_KIND_KEYS);
      mapping.comment = take(COMMENT_KEYS);
      break;
    case 'spend':
      mapping.date = take(SPEND_DATE_KEYS);
      mapping.channel = take(CHANNEL_KEYS);
      mapping.amount = take(SPEND_KEYS);
      break;
    case 'events':
      mapping.customerId = take(CUSTOMER_KEYS);
      mapping.stage = take(STAGE_KEYS);
      mapping.date = take([...EVENT_DATE_KEYS, ...DATE_KEYS]);
      break;
  }
  for (const role of ROLES) {
    const value = overrides?.[role];
    if (value !== undefined) mapping[role] = value;
  }
  return mapping;
}

export const A_FILE: Record<Exclude<FileKind, 'orders'>, string> = { surveys: 'a surveys file', spend: 'a spend file', events: 'an events file' };

const REQUIRED: Record<Exclude<FileKind, 'orders'>, readonly { role: keyof SideMapping; what: string; expected: string }[]> = {
  surveys: [
    { role: 'score', what: 'a survey score', expected: 'score, rating, nps, csat, ces' },
    { role: 'date', what: 'a response date', expected: 'date, submitted_at, created_at, timestamp' },
  ],
  spend: [
    { role: 'date', what: 'a month or date', expected: 'month, date, period, week' },
    { role: 'channel', what: 'a marketing channel', expected: 'channel, source, medium' },
    { role: 'amount', what: 'a spend amount', expected: 'spend, cost, budget, amount' },
  ],
  events: [
    { role: 'customerId', what: 'a customer id', expected: 'customer_id, customer, email, user_id' },
    { role: 'stage', what: 'an event or stage', expected: 'event, stage, event_type, lifecycle_stage' },
    { role: 'date', what: 'an event date', expected: 'date, timestamp, event_date, created_at' },
  ],
};

export function checkSideMapping(fileName: string, kind: Exclude<FileKind, 'orders'>, header: readonly string[], mapping: SideMapping): IngestFailure | null {
  const found = `Found columns: ${listNames(header)}.`;
  for (const role of ROLES) {
    const name = mapping[role];
    if (name !== null && !header.includes(name)) return failure(fileName, `the mapping names a column "${name}" (${role}) that is not in the file. ${found}`);
  }
  for (const { role, what, expected } of REQUIRED[kind]) {
    if (!mapping[role]) return failure(fileName, `no column looks like ${what} for ${A_FILE[kind]}. ${found} Expected one of: ${expected} (or choose the column).`);
  }
  return null;
}
