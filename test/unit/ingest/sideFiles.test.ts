import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../../../src/metrics/calendar';
import { classifyColumns } from '../../../src/ingest/classify';
import { asEvents, asSpend, asSurveys, failureMessage, ingestFixture, ingestText } from './helpers';

const day = (iso: string): number => dayFromIso(iso)!;

describe('classifying a file by its columns', () => {
  it('orders, surveys, spend and events', () => {
    expect(classifyColumns(['order_id', 'customer_id', 'order_date', 'amount']).kind).toBe('orders');
    expect(classifyColumns(['response_id', 'customer_id', 'submitted_at', 'survey', 'score', 'comment']).kind).toBe('surveys');
    expect(classifyColumns(['Customer', 'Date', 'NPS']).kind).toBe('surveys');
    expect(classifyColumns(['month', 'channel', 'spend']).kind).toBe('spend');
    expect(classifyColumns(['Date', 'Source', 'Cost']).kind).toBe('spend');
    expect(classifyColumns(['customer_id', 'event', 'date']).kind).toBe('events');
    expect(classifyColumns(['email', 'lifecycle stage', 'timestamp']).kind).toBe('events');
    // An order file that happens to carry a rating column is still orders.
    expect(classifyColumns(['order_id', 'customer_id', 'date', 'amount', 'rating']).kind).toBe('orders');
  });
});

describe('surveys', () => {
  it('kind from the survey column, out-of-range scores and unreadable dates rejected, comments kept', async () => {
    const result = asSurveys(await ingestFixture('surveys-three-kinds.csv'));
    expect(result.table.responses).toEqual([
      { customerId: 'C1', day: day('2024-01-05'), kind: 'nps', score: 10, comment: 'Great coffee, fast delivery' },
      { customerId: 'C2', day: day('2024-01-06'), kind: 'nps', score: 6, comment: 'Too "expensive"' },
      { customerId: null, day: day('2024-01-07'), kind: 'nps', score: 9 },
      { customerId: 'C1', day: day('2024-01-08'), kind: 'csat', score: 4 },
      { customerId: 'C2', day: day('2024-01-10'), kind: 'ces', score: 6, comment: 'Easy\nto order' },
    ]);
    expect(result.rejects.rows).toEqual([
      { line: 6, column: 'score', value: '7', reason: 'unreadable-score' }, // CSAT is 1–5
      { line: 9, column: 'submitted_at', value: 'not a date', reason: 'unreadable-date' }, // line 9: R6's comment spans lines 7–8
    ]);
  });

  it('kind from the score range when nothing names it (1–5 → CSAT); half points are not answers', async () => {
    const result = asSurveys(await ingestFixture('surveys-rating-range-only.csv'));
    expect(result.table.responses.map((r) => [r.kind, r.score])).toEqual([['csat', 5], ['csat', 3], ['csat', 1]]);
    expect(result.rejects.rows).toEqual([{ line: 5, column: 'rating', value: '4.5', reason: 'unreadable-score' }]);
    expect(result.notes.join(' ')).toContain('CSAT decided from the score range (1–5)');
  });

  it('kind from the column name', async () => {
    const result = asSurveys(await ingestText('customer,date,NPS\na,2024-01-01,3\nb,2024-01-02,4\n'));
    expect(result.table.responses.map((r) => r.kind)).toEqual(['nps', 'nps']);
  });
});

describe('spend', () => {
  it('months in several spellings (first day of the month), blank channels and unreadable amounts rejected', async () => {
    const result = asSpend(await ingestFixture('spend-months-channels.csv'));
    expect(result.table.rows).toEqual([
      { day: day('2024-01-01'), channel: 'paid_search', amount: 1250 },
      { day: day('2024-01-01'), channel: 'social', amount: 300 },
      { day: day('2024-02-01'), channel: 'paid_search', amount: 980.5 },
      { day: day('2024-03-20'), channel: 'email', amount: 50 }, // 1403-01 = Farvardin 1403, from 2024-03-20
    ]);
    expect(result.rejects.rows).toEqual([
      { line: 5, column: 'channel', value: '', reason: 'other' },
      { line: 6, column: 'spend', value: 'n/a', reason: 'unreadable-amount' },
    ]);
  });
});

describe('events', () => {
  it('stages lower-cased; rows without a customer or a stage rejected', async () => {
    const result = asEvents(await ingestFixture('events-leads-signups.csv'));
    expect(result.table.events).toEqual([
      { customerId: 'L1', day: day('2024-01-01'), stage: 'lead' },
      { customerId: 'C1', day: day('2024-01-02'), stage: 'signup' },
      { customerId: 'C2', day: day('2024-01-04'), stage: 'lead' },
    ]);
    expect(result.rejects.byReason).toEqual({ 'missing-customer-id': 1, other: 1 });
  });

  it('a forced kind with a missing column fails with what was expected', async () => {
    expect(failureMessage(await ingestText('customer_id,date\na,2024-01-01\n', { kind: 'events' }))).toBe(
      'test.csv: no column looks like an event or stage for an events file. Found columns: customer_id, date. Expected one of: event, stage, event_type, lifecycle_stage (or choose the column).',
    );
  });
});
