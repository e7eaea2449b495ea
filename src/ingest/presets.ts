/**
 * Presets: the exports we recognise from their header (any case or spacing) and how to read them.
 * Column names are those of the public documentation of each export (see docs/formats.md).
 */
import type { OrderMapping, PresetName } from './types';
import { columnKey } from './header';
import { genericMapping } from './genericMapping';

export interface OrderRules {
  preset: PresetName;
  mapping: OrderMapping;
  /** 'order': the amount column holds the order total, taken once per order (its first row); 'row': rows add up. */
  amountScope: 'order' | 'row';
  /** Order ids starting with this prefix are cancellations (UCI Online Retail's `C536379`). */
  cancellationPrefix: string | null;
  /** CDNOW's sample ids are zero-padded (`0001`); the published summaries use `1`. */
  stripLeadingZeros: boolean;
  /** Customer values that mean "no customer" (WooCommerce writes 0 for a guest). */
  guestCustomerValues: readonly string[];
  reason: string;
}

/** CDNOW_sample.txt: master id, sample id, YYYYMMDD, number of CDs, dollars (no header). */
export const CDNOW_HEADER = ['master_id', 'customer_id', 'date', 'cds', 'dollars'];

function emptyMapping(): OrderMapping {
  return { orderId: null, customerId: null, date: null, amount: null, quantity: null, unitPrice: null, refundedAmount: null, status: null, cost: null, attributes: [], customerIdFallback: null, cancelledAt: null };
}

function pick(byKey: ReadonlyMap<string, string>, ...keys: string[]): string | null {
  for (const key of keys) {
    const name = byKey.get(key);
    if (name !== undefined) return name;
  }
  return null;
}

function present(byKey: ReadonlyMap<string, string>, keys: readonly string[]): string[] {
  return keys.flatMap((key) => byKey.get(key) ?? []);
}

function rules(preset: PresetName, mapping: OrderMapping, reason: string, extra: Partial<OrderRules> = {}): OrderRules {
  return { preset, mapping, amountScope: 'row', cancellationPrefix: null, stripLeadingZeros: false, guestCustomerValues: [], reason, ...extra };
}

function shopify(byKey: ReadonlyMap<string, string>): OrderRules {
  const customerColumn = pick(byKey, 'customerid', 'customer');
  return rules(
    'shopify',
    {
      ...emptyMapping(),
      orderId: pick(byKey, 'name'),
      customerId: customerColumn ?? pick(byKey, 'email'),
      customerIdFallback: customerColumn ? pick(byKey, 'email') : null,
      date: pick(byKey, 'createdat'),
      amount: pick(byKey, 'total'),
      quantity: pick(byKey, 'lineitemquantity'),
      unitPrice: pick(byKey, 'lineitemprice'),
      refundedAmount: pick(byKey, 'refundedamount'),
      status: pick(byKey, 'financialstatus'),
      cancelledAt: pick(byKey, 'cancelledat'),
      attributes: present(byKey, ['currency', 'source', 'billingcountry', 'shippingcountry', 'discountcode', 'shippingmethod', 'paymentmethod', 'lineitemname', 'vendor', 'tags']),
    },
    'Shopify orders export (Name, Financial Status, Created at, Lineitem columns)',
    { amountScope: 'order' },
  );
}

function woocommerce(byKey: ReadonlyMap<string, string>): OrderRules {
  const customerColumn = pick(byKey, 'customeruser', 'customerid', 'customer');
  return rules(
    'woocommerce',
    {
      ...emptyMapping(),
      orderId: pick(byKey, 'orderid', 'ordernumber'),
      customerId: customerColumn ?? pick(byKey, 'billingemail', 'customeremail'),
      customerIdFallback: customerColumn ? pick(byKey, 'billingemail', 'customeremail') : null,
      date: pick(byKey, 'orderdate', 'datecreated', 'orderdatecreated'),
      amount: pick(byKey, 'ordertotal', 'ordertotalamount'),
      quantity: pick(byKey, 'quantity', 'qty', 'itemquantity'),
      refundedAmount: pick(byKey, 'orderrefund', 'refundedamount', 'ordertotalrefunded', 'refundtotal'),
      status: pick(byKey, 'orderstatus', 'status'),
      attributes: present(byKey, ['ordercurrency', 'currency', 'paymentmethodtitle', 'paymentmethod', 'billingcountry', 'shippingcountry', 'couponcode', 'couponcodes', 'shippingmethodtitle', 'itemname', 'productname', 'createdvia']),
    },
    'WooCommerce orders export (Order ID/Number, Order Status, Order Total)',
    { amountScope: 'order', guestCustomerValues: ['0'] },
  );
}

function stripe(byKey: ReadonlyMap<string, string>): OrderRules {
  return rules(
    'stripe',
    {
      ...emptyMapping(),
      orderId: pick(byKey, 'id'),
      customerId: pick(byKey, 'customerid', 'customeremail'),
      customerIdFallback: byKey.has('customerid') ? pick(byKey, 'customeremail') : null,
      date: pick(byKey, 'createddateutc', 'createdutc', 'created'),
      amount: pick(byKey, 'amount'),
      refundedAmount: pick(byKey, 'amountrefunded'),
      status: pick(byKey, 'status'),
      attributes: present(byKey, ['currency', 'description', 'cardissuecountry', 'cardbrand', 'paymentsourcetype']),
    },
    'Stripe payments export (id, Created date (UTC), Amount, Amount Refunded, Status)',
    { amountScope: 'order' },
  );
}

function onlineRetail(byKey: ReadonlyMap<string, string>): OrderRules {
  return rules(
    'online-retail',
    {
      ...emptyMapping(),
      orderId: pick(byKey, 'invoiceno', 'invoice'),
      customerId: pick(byKey, 'customerid'),
      date: pick(byKey, 'invoicedate'),
      quantity: pick(byKey, 'quantity'),
      unitPrice: pick(byKey, 'unitprice', 'price'),
      attributes: present(byKey, ['country']),
    },
    'UCI Online Retail (InvoiceNo, StockCode, Quantity, UnitPrice, InvoiceDate, CustomerID)',
    { cancellationPrefix: 'C' },
  );
}

/** Rules for CDNOW's header-less whitespace layout: each row one order of the sample id. */
export function cdnowRules(): OrderRules {
  return rules(
    'cdnow',
    { ...emptyMapping(), customerId: 'customer_id', date: 'date', amount: 'dollars', attributes: [] },
    'CDNOW transactions (whitespace-separated: master id, sample id, YYYYMMDD, CDs, dollars)',
    { stripLeadingZeros: true },
  );
}

function keyed(header: readonly string[]): Map<string, string> {
  const byKey = new Map<string, string>();
  for (const name of header) if (!byKey.has(columnKey(name))) byKey.set(columnKey(name), name);
  return byKey;
}

const has = (byKey: ReadonlyMap<string, string>, ...keys: string[]): boolean => keys.every((key) => byKey.has(key));

/** Which preset the header matches, or null for generic files (CDNOW is recognised from its layout). */
export function matchPreset(header: readonly string[]): Exclude<PresetName, 'generic' | 'cdnow'> | null {
  const byKey = keyed(header);
  if (has(byKey, 'name', 'financialstatus', 'createdat') && (byKey.has('lineitemquantity') || byKey.has('lineitemname'))) return 'shopify';
  if ((byKey.has('orderid') || byKey.has('ordernumber')) && has(byKey, 'orderstatus', 'ordertotal')) return 'woocommerce';
  if (has(byKey, 'id', 'createddateutc', 'amount') && (byKey.has('amountrefunded') || byKey.has('status'))) return 'stripe';
  if ((byKey.has('invoiceno') || byKey.has('invoice')) && has(byKey, 'stockcode', 'quantity', 'invoicedate') && (byKey.has('unitprice') || byKey.has('price'))) return 'online-retail';
  return null;
}

/** The rules for a preset over this header (a forced preset may leave required roles unmapped). */
export function presetRules(preset: PresetName, header: readonly string[]): OrderRules {
  const byKey = keyed(header);
  switch (preset) {
    case 'shopify':
      return shopify(byKey);
    case 'woocommerce':
      return woocommerce(byKey);
    case 'stripe':
      return stripe(byKey);
    case 'online-retail':
      return onlineRetail(byKey);
    case 'cdnow':
      return cdnowRules();
    case 'generic': {
      const mapping = genericMapping(header);
      const orderTotal = mapping.amount !== null && ['ordertotal', 'grandtotal'].includes(columnKey(mapping.amount));
      return rules('generic', mapping, 'generic orders file (columns matched by name)', { amountScope: orderTotal ? 'order' : 'row' });
    }
  }
}
