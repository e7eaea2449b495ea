/**
 * The generic mapping: each role takes the first column whose name it recognises (columnNames.ts);
 * every column left over is kept as an attribute (channel, country, product…).
 * `price` is the unit price when there is a quantity column and no other unit price, else the amount.
 */
import type { OrderMapping } from './types';
import { columnKey } from './header';
import { AMOUNT_KEYS, COST_KEYS, CUSTOMER_KEYS, DATE_KEYS, findColumn, ORDER_ID_KEYS, QUANTITY_KEYS, REFUNDED_KEYS, STATUS_KEYS, UNIT_PRICE_KEYS } from './columnNames';

export function genericMapping(header: readonly string[]): OrderMapping {
  const taken = new Set<string>();
  const take = (keys: readonly string[]): string | null => {
    const name = findColumn(header, keys, taken);
    if (name !== null) taken.add(name);
    return name;
  };
  const orderId = take(ORDER_ID_KEYS);
  const customerId = take(CUSTOMER_KEYS);
  const date = take(DATE_KEYS);
  const quantity = take(QUANTITY_KEYS);
  let unitPrice = take(UNIT_PRICE_KEYS);
  let amount = take(AMOUNT_KEYS);
  if (amount !== null && columnKey(amount) === 'price' && quantity !== null && unitPrice === null) {
    unitPrice = amount;
    amount = null;
  }
  const refundedAmount = take(REFUNDED_KEYS);
  const status = take(STATUS_KEYS);
  const cost = take(COST_KEYS);
  // An e-mail column beside a customer id column fills in where the id is blank.
  const customerIdFallback = customerId !== null && !columnKey(customerId).includes('email') ? take(['email', 'customeremail', 'emailaddress', 'billingemail']) : null;
  const attributes = header.filter((name) => !taken.has(name));
  return { orderId, customerId, date, amount, quantity, unitPrice, refundedAmount, status, cost, attributes, customerIdFallback, cancelledAt: null };
}
