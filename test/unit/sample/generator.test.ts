/**
 * The demo data generator: same seed → same bytes, the headers the brief fixes, and the shape of
 * the data (line items, statuses, guests, channels, seasonality, funnel and survey links).
 * Small customer counts keep the whole file well under 20 s.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EVENTS_HEADER, ORDERS_HEADER, SAMPLE_DEFAULTS, SAMPLE_FILE_NAMES, SPEND_HEADER, SURVEYS_HEADER,
  generateSample, writeOrdersCsv,
} from '../../../scripts/sampleModel';

type Row = Record<string, string>;

const BUNDLED_SAMPLES = fileURLToPath(new URL('../../../public/samples/', import.meta.url));

const workDirectory = mkdtempSync(join(tmpdir(), 'sample-generator-'));
afterAll(() => rmSync(workDirectory, { recursive: true, force: true }));

function generateInto(name: string, customers: number, seed: number): string {
  const directory = join(workDirectory, name);
  generateSample({ outputDirectory: directory, customers, seed });
  return directory;
}

function readText(directory: string, file: string): string {
  return readFileSync(join(directory, file), 'utf8');
}

function readRows(directory: string, file: string): Row[] {
  return Papa.parse<Row>(readText(directory, file), { header: true, skipEmptyLines: true }).data;
}

function cents(text: string | undefined): number {
  expect(text).toMatch(/^\d+\.\d\d$/);
  return Math.round(Number(text) * 100);
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(key(item));
    if (list) list.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/** Invariants every orders.csv must satisfy, whatever the seed or size. */
function checkOrderInvariants(orders: readonly Row[]): Map<string, Row[]> {
  const byOrder = groupBy(orders, (row) => row.order_id ?? '');
  let previousDate = '';
  let previousOrderNumber = 0;
  for (const [orderId, lines] of byOrder) {
    const first = lines[0]!;
    expect(lines.length).toBeGreaterThanOrEqual(1);
    expect(lines.length).toBeLessThanOrEqual(4);
    for (const line of lines) {
      for (const column of ['order_date', 'customer_id', 'status', 'channel', 'country'] as const) {
        expect(line[column], `${column} of order ${orderId}`).toBe(first[column]);
      }
      // amount = quantity × unit_price exactly; cost is 55–70% of the amount (±1 cent of rounding).
      const amount = cents(line.amount);
      expect(amount).toBe(Number(line.quantity) * cents(line.unit_price));
      expect(cents(line.cost)).toBeGreaterThanOrEqual(Math.floor(amount * 0.55) - 1);
      expect(cents(line.cost)).toBeLessThanOrEqual(Math.ceil(amount * 0.7) + 1);
    }
    expect(new Set(lines.map((line) => line.product)).size).toBe(lines.length);
    expect(first.order_date).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(first.order_date! >= previousDate).toBe(true);
    expect(Number(orderId)).toBe(previousOrderNumber === 0 ? 100_001 : previousOrderNumber + 1);
    expect(['paid', 'refunded', 'cancelled']).toContain(first.status);
    previousDate = first.order_date!;
    previousOrderNumber = Number(orderId);
  }
  // A customer's acquisition channel and country stay on all their rows.
  for (const [customer, rows] of groupBy(orders.filter((row) => row.customer_id !== ''), (row) => row.customer_id!)) {
    expect(new Set(rows.map((row) => `${row.channel}/${row.country}`)).size, customer).toBe(1);
  }
  return byOrder;
}

/** First order date (YYYY-MM-DD) of every customer. */
function firstOrderDays(orders: readonly Row[]): Map<string, string> {
  const first = new Map<string, string>();
  for (const row of orders) {
    if (row.customer_id && !first.has(row.customer_id)) first.set(row.customer_id, row.order_date!.slice(0, 10));
  }
  return first;
}

describe('determinism', () => {
  it('writes byte-identical files for the same seed, and different orders for another seed', () => {
    const first = generateInto('same-a', 300, 11);
    const second = generateInto('same-b', 300, 11);
    const other = generateInto('other', 300, 12);
    for (const file of SAMPLE_FILE_NAMES) {
      expect(readFileSync(join(second, file)).equals(readFileSync(join(first, file))), file).toBe(true);
    }
    expect(readText(other, 'orders.csv')).not.toBe(readText(first, 'orders.csv'));
  });

  it('keeps the bundled demo in public/samples equal to what the default seed generates, under 4 MB', () => {
    const fresh = generateInto('defaults', SAMPLE_DEFAULTS.customers, SAMPLE_DEFAULTS.seed);
    let totalBytes = 0;
    for (const file of SAMPLE_FILE_NAMES) {
      const bundled = readFileSync(join(BUNDLED_SAMPLES, file));
      expect(bundled.equals(readFileSync(join(fresh, file))), `${file} is stale: run npm run sample`).toBe(true);
      totalBytes += bundled.length;
    }
    expect(totalBytes).toBeLessThan(4 * 1024 * 1024);
  });

  it('holds the order invariants for any seed (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffff_ffff }), (seed) => {
        const directory = generateInto(`property-${seed}`, 40, seed);
        const orders = readRows(directory, 'orders.csv');
        checkOrderInvariants(orders);
        expect(new Set(orders.map((row) => row.customer_id).filter((id) => id !== '')).size).toBe(40);
      }),
      { numRuns: 6 },
    );
  });
});

describe('the generated data set (1,500 customers)', () => {
  const customers = 1500;
  let directory = '';
  let orders: Row[] = [];
  let byOrder = new Map<string, Row[]>();
  beforeAll(() => {
    directory = generateInto('main', customers, 2024);
    orders = readRows(directory, 'orders.csv');
    byOrder = checkOrderInvariants(orders);
  });

  it('starts every file with the header the brief fixes', () => {
    const headerOf = (file: string): string => readText(directory, file).split('\n', 1)[0] ?? '';
    expect(headerOf('orders.csv')).toBe('order_id,customer_id,order_date,product,category,quantity,unit_price,amount,cost,status,channel,country');
    expect(headerOf('orders.csv')).toBe(ORDERS_HEADER);
    expect(headerOf('surveys.csv')).toBe(SURVEYS_HEADER);
    expect(headerOf('surveys.csv')).toBe('response_id,customer_id,submitted_at,survey,score,comment');
    expect(headerOf('spend.csv')).toBe(SPEND_HEADER);
    expect(headerOf('spend.csv')).toBe('month,channel,spend');
    expect(headerOf('events.csv')).toBe(EVENTS_HEADER);
    expect(headerOf('events.csv')).toBe('customer_id,event,date');
  });

  it('has the stated customers, id styles, statuses and guest share', () => {
    const ids = new Set(orders.map((row) => row.customer_id ?? '').filter((id) => id !== ''));
    expect(ids.size).toBe(customers);
    const emails = [...ids].filter((id) => /^[a-z]+\.[a-z]+\d+@example\.(com|org|net)$/.test(id));
    expect([...ids].every((id) => /^C\d+$/.test(id) || emails.includes(id))).toBe(true);
    expect(emails.length / ids.size).toBeGreaterThan(0.06); // 12% expected
    expect(emails.length / ids.size).toBeLessThan(0.2);
    const statuses = [...byOrder.values()].map((lines) => lines[0]!.status);
    const share = (status: string): number => statuses.filter((value) => value === status).length / statuses.length;
    expect(share('refunded')).toBeGreaterThan(0.015); // 3% expected
    expect(share('refunded')).toBeLessThan(0.05);
    expect(share('cancelled')).toBeGreaterThan(0.008); // 2% expected
    expect(share('cancelled')).toBeLessThan(0.035);
    const guestShare = orders.filter((row) => row.customer_id === '').length / orders.length;
    expect(guestShare).toBeGreaterThan(0.003); // 1% expected
    expect(guestShare).toBeLessThan(0.025);
    expect(orders[0]!.order_date!.slice(0, 10) >= '2022-01-01').toBe(true);
    expect(orders[orders.length - 1]!.order_date!.slice(0, 10) <= '2025-06-30').toBe(true);
    expect(new Set(orders.map((row) => row.channel))).toEqual(new Set(['organic', 'paid_search', 'social', 'email', 'referral', 'marketplace']));
    expect(new Set(orders.map((row) => row.country))).toEqual(new Set(['US', 'GB', 'DE', 'FR', 'IR', 'AE', 'SA', 'CA', 'AU', 'NL']));
  });

  it('retains referral and e-mail customers better than social and marketplace ones', () => {
    const orderHeads = [...byOrder.values()].map((lines) => lines[0]!).filter((row) => row.customer_id !== '');
    const ordersPerCustomer = groupBy(orderHeads, (row) => row.customer_id!);
    const repeatRate = (channels: readonly string[]): number => {
      const counts = [...ordersPerCustomer.values()].filter((rows) => channels.includes(rows[0]!.channel!)).map((rows) => rows.length);
      return counts.filter((count) => count > 1).length / counts.length;
    };
    // Expected repeat rates from the model: ≈ 0.6 for referral/e-mail, ≈ 0.3 for social/marketplace.
    expect(repeatRate(['referral', 'email'])).toBeGreaterThan(repeatRate(['social', 'marketplace']) + 0.15);
  });

  it('grows over the years and peaks on Black Friday', () => {
    const heads = [...byOrder.values()].map((lines) => lines[0]!.order_date!.slice(0, 10));
    const between = (from: string, to: string): number => heads.filter((day) => day >= from && day <= to).length;
    expect(between('2024-01-01', '2024-12-31')).toBeGreaterThan(1.5 * between('2022-01-01', '2022-12-31'));
    // 2024: Thanksgiving is 28 November, so Black Friday … Cyber Monday is 29 November … 2 December.
    const peakPerDay = between('2024-11-29', '2024-12-02') / 4;
    const octoberPerDay = between('2024-10-01', '2024-10-31') / 31;
    expect(peakPerDay).toBeGreaterThan(1.6 * octoberPerDay);
  });

  it('links surveys to buyers, with promoters buying more than detractors', () => {
    const surveys = readRows(directory, 'surveys.csv');
    const firstDays = firstOrderDays(orders);
    expect(surveys.length).toBeGreaterThan(400); // ≈ 2,500 × 1,500 / 6,000 ≈ 625 expected
    expect(surveys.length).toBeLessThan(900);
    const anonymous = surveys.filter((row) => row.customer_id === '').length / surveys.length;
    expect(anonymous).toBeGreaterThan(0.01); // 5% expected
    expect(anonymous).toBeLessThan(0.1);
    const ranges: Record<string, [number, number]> = { nps: [0, 10], csat: [1, 5], ces: [1, 7] };
    for (const row of surveys) {
      const [low, high] = ranges[row.survey!]!;
      expect(Number(row.score)).toBeGreaterThanOrEqual(low);
      expect(Number(row.score)).toBeLessThanOrEqual(high);
      if (row.customer_id) expect(row.submitted_at!.slice(0, 10) > firstDays.get(row.customer_id)!).toBe(true);
    }
    const paidOrders = new Map<string, number>();
    for (const lines of byOrder.values()) {
      const head = lines[0]!;
      if (head.customer_id && head.status === 'paid') paidOrders.set(head.customer_id, (paidOrders.get(head.customer_id) ?? 0) + 1);
    }
    const meanOrders = (keep: (score: number) => boolean): number => {
      const counts = surveys
        .filter((row) => row.survey === 'nps' && row.customer_id && keep(Number(row.score)))
        .map((row) => paidOrders.get(row.customer_id!) ?? 0);
      return counts.reduce((sum, count) => sum + count, 0) / counts.length;
    };
    expect(meanOrders((score) => score >= 9)).toBeGreaterThan(1.5 * meanOrders((score) => score <= 6));
  });

  it('writes monthly spend that follows the customers each paid channel brought in', () => {
    const spend = readRows(directory, 'spend.csv');
    expect(spend.length).toBe(42 * 5); // 2022-01 … 2025-06 × five paid channels
    expect(new Set(spend.map((row) => row.channel))).toEqual(new Set(['paid_search', 'social', 'email', 'referral', 'marketplace']));
    // A month can cost 0.00 (referral rewards when nobody was referred); every channel costs something overall.
    expect(spend.every((row) => /^\d{4}-\d{2}-01$/.test(row.month!) && cents(row.spend) >= 0)).toBe(true);
    for (const channel of ['paid_search', 'social', 'email', 'referral', 'marketplace']) {
      expect(spend.filter((row) => row.channel === channel).reduce((sum, row) => sum + cents(row.spend), 0)).toBeGreaterThan(0);
    }
    const firstDays = firstOrderDays(orders);
    const channelOf = new Map(orders.map((row) => [row.customer_id, row.channel]));
    const acquired = new Map<string, number>();
    for (const [customer, day] of firstDays) {
      if (channelOf.get(customer) === 'paid_search') acquired.set(day.slice(0, 7), (acquired.get(day.slice(0, 7)) ?? 0) + 1);
    }
    const pairs = spend.filter((row) => row.channel === 'paid_search').map((row) => [acquired.get(row.month!.slice(0, 7)) ?? 0, Number(row.spend)] as const);
    const mean = (values: number[]): number => values.reduce((sum, value) => sum + value, 0) / values.length;
    const meanX = mean(pairs.map(([x]) => x));
    const meanY = mean(pairs.map(([, y]) => y));
    const covariance = mean(pairs.map(([x, y]) => (x - meanX) * (y - meanY)));
    const deviation = (values: number[], center: number): number => Math.sqrt(mean(values.map((value) => (value - center) ** 2)));
    const correlation = covariance / (deviation(pairs.map(([x]) => x), meanX) * deviation(pairs.map(([, y]) => y), meanY));
    expect(correlation).toBeGreaterThan(0.8);
  });

  it('writes lead and signup events before each buyer’s first purchase, and three never-buying leads per buyer', () => {
    const events = readRows(directory, 'events.csv');
    const firstDays = firstOrderDays(orders);
    let previous = '';
    const neverBought = new Set<string>();
    for (const event of events) {
      expect(['lead', 'signup']).toContain(event.event);
      expect(event.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(event.date! >= previous).toBe(true);
      previous = event.date!;
      const firstPurchase = firstDays.get(event.customer_id!);
      if (firstPurchase === undefined) neverBought.add(event.customer_id!);
      else expect(event.date! < firstPurchase).toBe(true);
    }
    expect(neverBought.size).toBe(3 * customers);
    expect(events.filter((event) => firstDays.has(event.customer_id!)).length).toBeGreaterThan(customers / 2);
  });
});

describe('writeOrdersCsv (benchmark files)', () => {
  it('streams about the requested rows with the same header, one line per order, deterministically', async () => {
    const first = join(workDirectory, 'bench', 'a.csv');
    const second = join(workDirectory, 'bench', 'b.csv');
    const summary = await writeOrdersCsv(first, { rows: 4000, seed: 5 });
    await writeOrdersCsv(second, { rows: 4000, seed: 5 });
    expect(readFileSync(second).equals(readFileSync(first))).toBe(true);
    const text = readFileSync(first, 'utf8');
    expect(text.split('\n', 1)[0]).toBe(ORDERS_HEADER);
    const rows = Papa.parse<Row>(text, { header: true, skipEmptyLines: true }).data;
    expect(rows.length).toBe(summary.rows);
    expect(summary.rows).toBeGreaterThan(3200); // within 20% of 4,000
    expect(summary.rows).toBeLessThan(4800);
    expect(summary.orders).toBe(summary.rows);
    checkOrderInvariants(rows);
  });
});
