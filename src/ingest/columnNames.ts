/**
 * Column names we recognise, as column keys (see columnKey: lower-case letters and digits only), in
 * order of preference. `Order Date`, `order_date` and `OrderDate` all have the key `orderdate`.
 */
import { columnKey } from './header';

export const ORDER_ID_KEYS = ['orderid', 'order', 'ordernumber', 'orderno', 'ordernum', 'invoice', 'invoiceno', 'invoicenumber', 'invoiceid', 'transactionid', 'شمارهسفارش', 'سفارش', 'رقمالطلب'];
export const CUSTOMER_KEYS = ['customerid', 'customer', 'customernumber', 'customerno', 'client', 'clientid', 'email', 'customeremail', 'emailaddress', 'userid', 'buyerid', 'memberid', 'accountid', 'contactid', 'respondentid', 'مشتری', 'کدمشتری', 'شناسهمشتری', 'العميل', 'رقمالعميل'];
export const DATE_KEYS = ['orderdate', 'date', 'createdat', 'timestamp', 'purchasedate', 'transactiondate', 'invoicedate', 'orderdatetime', 'ordertime', 'created', 'datetime', 'time', 'day', 'تاریخ', 'تاریخسفارش', 'التاريخ'];
export const AMOUNT_KEYS = ['amount', 'total', 'revenue', 'value', 'ordertotal', 'totalamount', 'grandtotal', 'netsales', 'sales', 'netamount', 'linetotal', 'price', 'مبلغ', 'جمع', 'المبلغ'];
export const QUANTITY_KEYS = ['quantity', 'qty', 'units', 'itemcount', 'تعداد', 'الكمية'];
export const UNIT_PRICE_KEYS = ['unitprice', 'priceeach', 'itemprice', 'priceperunit', 'قیمتواحد'];
export const STATUS_KEYS = ['status', 'orderstatus', 'financialstatus', 'paymentstatus', 'state', 'وضعیت', 'الحالة'];
export const COST_KEYS = ['cost', 'cogs', 'costofgoods', 'costofgoodssold', 'totalcost', 'productcost', 'هزینه'];
export const REFUNDED_KEYS = ['refunded', 'refundedamount', 'amountrefunded', 'refund', 'refundamount', 'refundtotal', 'ordertotalrefunded'];

/** Survey, spend and events columns. */
export const SCORE_KEYS = ['score', 'rating', 'nps', 'npsscore', 'csat', 'csatscore', 'ces', 'cesscore', 'likelihoodtorecommend', 'امتیاز'];
export const SURVEY_KIND_KEYS = ['survey', 'surveytype', 'surveykind', 'type', 'kind', 'metric'];
export const COMMENT_KEYS = ['comment', 'comments', 'feedback', 'verbatim', 'text', 'reason', 'نظر'];
export const CHANNEL_KEYS = ['channel', 'source', 'medium', 'utmsource', 'marketingchannel', 'کانال'];
export const SPEND_KEYS = ['spend', 'adspend', 'marketingspend', 'cost', 'budget', 'amount', 'هزینه'];
export const SPEND_DATE_KEYS = ['month', 'date', 'period', 'week', 'day', 'startdate', 'periodstart', 'ماه', 'تاریخ'];
export const STAGE_KEYS = ['event', 'stage', 'eventtype', 'eventname', 'lifecyclestage', 'action', 'مرحله'];
export const EVENT_DATE_KEYS = ['date', 'timestamp', 'eventdate', 'createdat', 'time', 'datetime', 'occurredat', 'submittedat', 'respondedat', 'تاریخ'];

const ALL_KEYS = new Set([
  ...ORDER_ID_KEYS, ...CUSTOMER_KEYS, ...DATE_KEYS, ...AMOUNT_KEYS, ...QUANTITY_KEYS, ...UNIT_PRICE_KEYS,
  ...STATUS_KEYS, ...COST_KEYS, ...REFUNDED_KEYS, ...SCORE_KEYS, ...SURVEY_KIND_KEYS, ...CHANNEL_KEYS,
  ...SPEND_KEYS, ...SPEND_DATE_KEYS, ...STAGE_KEYS, ...EVENT_DATE_KEYS,
]);

/** True for a column key any role recognises (used to tell a header row from data). */
export function isKnownColumnKey(key: string): boolean {
  return ALL_KEYS.has(key);
}

/** The first header name whose key is in `keys` (earlier keys preferred), skipping names already taken. */
export function findColumn(header: readonly string[], keys: readonly string[], taken: ReadonlySet<string> = new Set()): string | null {
  const byKey = new Map<string, string>();
  for (const name of header) {
    const key = columnKey(name);
    if (!byKey.has(key) && !taken.has(name)) byKey.set(key, name);
  }
  for (const key of keys) {
    const name = byKey.get(key);
    if (name !== undefined) return name;
  }
  return null;
}

/** Column keys shown in "Expected one of: …" messages, spelled as people write them. */
export function spelled(keys: readonly string[], limit = 8): string {
  return keys.slice(0, limit).join(', ') + (keys.length > limit ? ' …' : '');
}
