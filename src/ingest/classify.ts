/**
 * Which kind of file this is, from its columns (the UI shows the reason and lets the user change it):
 * - orders: a recognised export preset, or an order id / amount column beside a customer and a date;
 * - surveys: a score, rating, nps, csat or ces column;
 * - events: an event or stage column with a customer and a date, and no money column;
 * - spend: a spend/cost/amount column, a channel and a month or date, and no customer column.
 * Anything else is read as orders, so the orders mapping explains what is missing.
 */
import type { FileKind } from './types';
import { AMOUNT_KEYS, CHANNEL_KEYS, CUSTOMER_KEYS, findColumn, ORDER_ID_KEYS, SCORE_KEYS, SPEND_DATE_KEYS, SPEND_KEYS, STAGE_KEYS, DATE_KEYS, EVENT_DATE_KEYS, QUANTITY_KEYS, UNIT_PRICE_KEYS } from './columnNames';
import { matchPreset } from './presets';

export interface KindGuess {
  kind: FileKind;
  reason: string;
}

export function classifyColumns(header: readonly string[]): KindGuess {
  const preset = matchPreset(header);
  if (preset) return { kind: 'orders', reason: `the columns match the ${preset} orders export` };
  const orderId = findColumn(header, ORDER_ID_KEYS);
  const amount = findColumn(header, AMOUNT_KEYS) ?? findColumn(header, UNIT_PRICE_KEYS) ?? findColumn(header, QUANTITY_KEYS);
  const customer = findColumn(header, CUSTOMER_KEYS);
  const date = findColumn(header, DATE_KEYS) ?? findColumn(header, EVENT_DATE_KEYS);
  const score = findColumn(header, SCORE_KEYS);
  if (score && !orderId) return { kind: 'surveys', reason: `a column "${score}" looks like survey scores` };
  const stage = findColumn(header, STAGE_KEYS);
  if (stage && customer && date && !amount && !orderId) {
    return { kind: 'events', reason: `columns "${stage}", "${customer}" and "${date}" look like lifecycle events` };
  }
  const spend = findColumn(header, SPEND_KEYS);
  const channel = findColumn(header, CHANNEL_KEYS);
  const period = findColumn(header, SPEND_DATE_KEYS);
  if (spend && channel && period && !customer && !orderId) {
    return { kind: 'spend', reason: `columns "${period}", "${channel}" and "${spend}" look like marketing spend` };
  }
  if (orderId || (amount && customer && date)) return { kind: 'orders', reason: 'order columns (order id, customer, date, amount)' };
  return { kind: 'orders', reason: 'no survey, spend or events columns: read as orders' };
}
