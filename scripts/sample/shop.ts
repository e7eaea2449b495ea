/**
 * The imaginary shop behind the demo data: "Cedar & Cup", a coffee, tea and brewing-gear web shop
 * selling to ten countries. Every number here is an assumption chosen to look plausible, not a
 * measurement; the model that uses them is in population.ts.
 */

export interface ProductSpec {
  readonly product: string;
  readonly category: string;
  /** List price in cents at the start of the data (prices rise each January, see basket.ts). */
  readonly basePriceCents: number;
  /** Relative popularity. */
  readonly weight: number;
}

/** Names carry no commas, so order rows never need CSV quoting. */
export const CATALOGUE: readonly ProductSpec[] = [
  { product: 'House Blend Coffee 250g', category: 'Coffee', basePriceCents: 1299, weight: 14 },
  { product: 'Ethiopia Yirgacheffe 250g', category: 'Coffee', basePriceCents: 1699, weight: 8 },
  { product: 'Colombia Huila 250g', category: 'Coffee', basePriceCents: 1499, weight: 8 },
  { product: 'Decaf Swiss Water 250g', category: 'Coffee', basePriceCents: 1499, weight: 4 },
  { product: 'Espresso Roast 1kg', category: 'Coffee', basePriceCents: 3999, weight: 6 },
  { product: 'Cold Brew Pack', category: 'Coffee', basePriceCents: 1899, weight: 3 },
  { product: 'Earl Grey Loose Leaf 100g', category: 'Tea', basePriceCents: 999, weight: 5 },
  { product: 'Jasmine Green Tea 100g', category: 'Tea', basePriceCents: 1199, weight: 4 },
  { product: 'Persian Black Tea 500g', category: 'Tea', basePriceCents: 1599, weight: 4 },
  { product: 'Moroccan Mint Tea 100g', category: 'Tea', basePriceCents: 1099, weight: 3 },
  { product: 'Chamomile Infusion 50g', category: 'Tea', basePriceCents: 899, weight: 2 },
  { product: 'Pour-Over Dripper', category: 'Brewing Gear', basePriceCents: 2499, weight: 3 },
  { product: 'Gooseneck Kettle', category: 'Brewing Gear', basePriceCents: 5999, weight: 2 },
  { product: 'French Press 1L', category: 'Brewing Gear', basePriceCents: 3499, weight: 2 },
  { product: 'Burr Grinder', category: 'Brewing Gear', basePriceCents: 8999, weight: 1.5 },
  { product: 'Paper Filters (100)', category: 'Brewing Gear', basePriceCents: 599, weight: 5 },
  { product: 'Stoneware Mug', category: 'Mugs & Cups', basePriceCents: 1699, weight: 3 },
  { product: 'Double-Wall Glass Set', category: 'Mugs & Cups', basePriceCents: 2299, weight: 2 },
  { product: 'Travel Tumbler', category: 'Mugs & Cups', basePriceCents: 2799, weight: 2 },
  { product: 'Espresso Cups (Set of 4)', category: 'Mugs & Cups', basePriceCents: 2999, weight: 1 },
  { product: 'Digital Scale', category: 'Accessories', basePriceCents: 2999, weight: 1.5 },
  { product: 'Milk Frother', category: 'Accessories', basePriceCents: 1999, weight: 2 },
  { product: 'Coffee Canister', category: 'Accessories', basePriceCents: 2199, weight: 1.5 },
  { product: 'Cleaning Tablets', category: 'Accessories', basePriceCents: 999, weight: 2 },
  { product: 'Tasting Gift Box', category: 'Gift Sets', basePriceCents: 4499, weight: 2 },
  { product: 'Tea Lover Gift Set', category: 'Gift Sets', basePriceCents: 3999, weight: 1.5 },
];

export type ChannelName = 'organic' | 'paid_search' | 'social' | 'email' | 'referral' | 'marketplace';

export interface ChannelSpec {
  readonly name: ChannelName;
  /** Share of new customers at the first and at the last day (interpolated linearly in between). */
  readonly shareAtStart: number;
  readonly shareAtEnd: number;
  /** Dropout probability after each purchase p ~ Beta(a, b) (BG/NBD's heterogeneity in churn). */
  readonly dropout: { readonly a: number; readonly b: number };
  /** Purchase rate per day while alive λ ~ Gamma(shape, rate) (BG/NBD's heterogeneity in frequency). */
  readonly purchaseRate: { readonly shape: number; readonly rate: number };
  /** Chance that a buyer from this channel was a lead, and signed up, before the first purchase. */
  readonly leadProbability: number;
  readonly signupProbability: number;
  /** Monthly marketing cost: fixed plus a cost per acquired customer (null: no paid spend, organic). */
  readonly spend: { readonly monthlyFixed: number; readonly perCustomer: number } | null;
}

/**
 * Retention differs by channel the way practitioners report it: referred and e-mail customers stay
 * longest, marketplace and social buyers are most often one-time buyers (mean p from 0.26 to 0.55).
 */
export const CHANNELS: readonly ChannelSpec[] = [
  {
    name: 'organic', shareAtStart: 30, shareAtEnd: 24,
    dropout: { a: 1.3, b: 2.4 }, purchaseRate: { shape: 1.1, rate: 75 },
    leadProbability: 0.45, signupProbability: 0.5, spend: null,
  },
  {
    name: 'paid_search', shareAtStart: 28, shareAtEnd: 25,
    dropout: { a: 1.5, b: 2.0 }, purchaseRate: { shape: 1.0, rate: 80 },
    leadProbability: 0.7, signupProbability: 0.55, spend: { monthlyFixed: 600, perCustomer: 38 },
  },
  {
    name: 'social', shareAtStart: 10, shareAtEnd: 20,
    dropout: { a: 1.8, b: 1.6 }, purchaseRate: { shape: 0.9, rate: 85 },
    leadProbability: 0.8, signupProbability: 0.5, spend: { monthlyFixed: 400, perCustomer: 31 },
  },
  {
    name: 'email', shareAtStart: 8, shareAtEnd: 9,
    dropout: { a: 1.1, b: 2.8 }, purchaseRate: { shape: 1.2, rate: 70 },
    leadProbability: 0.9, signupProbability: 0.8, spend: { monthlyFixed: 250, perCustomer: 8 },
  },
  {
    name: 'referral', shareAtStart: 8, shareAtEnd: 9,
    dropout: { a: 1.0, b: 2.9 }, purchaseRate: { shape: 1.2, rate: 70 },
    leadProbability: 0.4, signupProbability: 0.6, spend: { monthlyFixed: 0, perCustomer: 15 },
  },
  {
    name: 'marketplace', shareAtStart: 16, shareAtEnd: 13,
    dropout: { a: 1.8, b: 1.5 }, purchaseRate: { shape: 0.9, rate: 90 },
    leadProbability: 0.15, signupProbability: 0.2, spend: { monthlyFixed: 300, perCustomer: 18 },
  },
];

export type NameGroup = 'english' | 'german' | 'french' | 'dutch' | 'persian' | 'arabic';
export type CommentLanguage = 'en' | 'fa' | 'ar';

export interface CountrySpec {
  readonly code: string;
  readonly weight: number;
  /** Names for e-mail style customer ids. */
  readonly names: NameGroup;
  /** Survey comments in the local language come with this probability (English otherwise). */
  readonly localComments: { readonly language: CommentLanguage; readonly probability: number };
}

export const COUNTRIES: readonly CountrySpec[] = [
  { code: 'US', weight: 28, names: 'english', localComments: { language: 'en', probability: 1 } },
  { code: 'GB', weight: 12, names: 'english', localComments: { language: 'en', probability: 1 } },
  { code: 'DE', weight: 10, names: 'german', localComments: { language: 'en', probability: 1 } },
  { code: 'FR', weight: 7, names: 'french', localComments: { language: 'en', probability: 1 } },
  { code: 'IR', weight: 9, names: 'persian', localComments: { language: 'fa', probability: 0.75 } },
  { code: 'AE', weight: 6, names: 'arabic', localComments: { language: 'ar', probability: 0.5 } },
  { code: 'SA', weight: 6, names: 'arabic', localComments: { language: 'ar', probability: 0.7 } },
  { code: 'CA', weight: 9, names: 'english', localComments: { language: 'en', probability: 1 } },
  { code: 'AU', weight: 6, names: 'english', localComments: { language: 'en', probability: 1 } },
  { code: 'NL', weight: 7, names: 'dutch', localComments: { language: 'en', probability: 1 } },
];

/** Relative order volume by hour of the shop's local day (evening peak, quiet nights). */
export const HOUR_WEIGHTS: readonly number[] = [
  0.6, 0.3, 0.2, 0.15, 0.15, 0.25, 0.5, 1.0, 1.6, 2.0, 2.3, 2.5,
  2.7, 2.6, 2.5, 2.5, 2.6, 2.8, 3.1, 3.4, 3.6, 3.3, 2.4, 1.3,
];

/** Line items per order: 1 to 4 with these weights (mean ≈ 1.6). */
export const LINES_PER_ORDER_WEIGHTS: readonly number[] = [58, 26, 11, 5];

/** Units per line: 1 to 4 with these weights. */
export const QUANTITY_WEIGHTS: readonly number[] = [80, 14, 4, 2];

/** Order outcomes, per order (every line of the order carries the same status). */
export const REFUNDED_SHARE = 0.03;
export const CANCELLED_SHARE = 0.02;

/** Guest checkouts: one extra order with a blank customer id per this many customer orders, on average. */
export const GUEST_ORDER_PROBABILITY = 0.0101;

/** Share of customers (and never-buying leads) whose id is an e-mail address instead of `C` + number. */
export const EMAIL_ID_SHARE = 0.12;

/** Cost of goods as a fraction of the line amount, uniform in this range. */
export const COST_SHARE_RANGE = { minimum: 0.55, maximum: 0.7 } as const;

/** A purchase rate above this (one order a week) is capped: heavy buyers, not bots. */
export const MAXIMUM_PURCHASE_RATE_PER_DAY = 1 / 7;
