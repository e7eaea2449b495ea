/**
 * orders.csv: one row per line item. Every line of an order repeats the order's id, customer, date,
 * status, channel and country; amount = quantity × unit_price of that line; cost is the line's cost
 * of goods. Guest checkouts have a blank customer_id.
 */
import type { CustomerPopulation, SimulatedOrder } from './population';
import { customerId } from './identities';
import { CATALOGUE, CHANNELS, COUNTRIES } from './shop';
import type { TextFile } from './textFile';
import { centsText, timeOfDayText } from './textFile';
import type { Timeline } from './timeline';

export const ORDERS_HEADER = 'order_id,customer_id,order_date,product,category,quantity,unit_price,amount,cost,status,channel,country';

export interface OrdersFileCounts {
  orders: number;
  rows: number;
  guestRows: number;
}

/** The CSV rows of one order, each ending in '\n'. */
export function orderRowsText(order: SimulatedOrder, customerIdText: string, timeline: Timeline): string {
  const stamp = `${timeline.dateText[order.dayIndex] ?? ''} ${timeOfDayText(order.secondOfDay)}`;
  const tail = `${order.status},${CHANNELS[order.channel]?.name ?? ''},${COUNTRIES[order.country]?.code ?? ''}\n`;
  let text = '';
  for (const line of order.lines) {
    const product = CATALOGUE[line.productIndex]!;
    text +=
      `${order.orderNumber},${customerIdText},${stamp},${product.product},${product.category},${line.quantity},` +
      `${centsText(line.unitPriceCents)},${centsText(line.amountCents)},${centsText(line.costCents)},${tail}`;
  }
  return text;
}

/** A simulation listener that writes each order to `file` (the header must already be written) and counts rows. */
export function ordersWriter(
  file: TextFile,
  seed: number,
  population: CustomerPopulation,
  timeline: Timeline,
): { onOrder(order: SimulatedOrder): void; counts: OrdersFileCounts } {
  const counts: OrdersFileCounts = { orders: 0, rows: 0, guestRows: 0 };
  return {
    counts,
    onOrder(order: SimulatedOrder): void {
      const isGuest = order.customerIndex < 0;
      file.write(orderRowsText(order, isGuest ? '' : customerId(seed, population, order.customerIndex), timeline));
      counts.orders += 1;
      counts.rows += order.lines.length;
      if (isGuest) counts.guestRows += order.lines.length;
    },
  };
}
