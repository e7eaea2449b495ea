/**
 * Customer and lead ids as a shop's export shows them: most are `C` + a number given in order of
 * acquisition, some are e-mail addresses (about 12%). Leads who never bought are `L` + a number or
 * an e-mail address.
 *
 * E-mail ids use the domains reserved for examples (RFC 2606), so no real mailbox is named. They are
 * unique without a lookup table: the name part has no digits and ends with the customer's number, and
 * customers use `first.last` while leads use `first_last`.
 */
import { hashedUniform } from './random';
import type { NameGroup } from './shop';
import { COUNTRIES } from './shop';
import type { CustomerPopulation } from './population';

const FIRST_CUSTOMER_NUMBER = 100_001;
const DOMAINS = ['example.com', 'example.org', 'example.net'];

const NAMES: Record<NameGroup, { readonly first: readonly string[]; readonly last: readonly string[] }> = {
  english: {
    first: ['james', 'emma', 'olivia', 'liam', 'noah', 'ava', 'mia', 'lucas', 'ella', 'jack', 'grace', 'henry'],
    last: ['smith', 'jones', 'taylor', 'brown', 'wilson', 'clark', 'walker', 'hall', 'young', 'king'],
  },
  german: {
    first: ['lukas', 'lena', 'felix', 'anna', 'jonas', 'marie', 'paul', 'sophie'],
    last: ['mueller', 'schmidt', 'schneider', 'fischer', 'weber', 'wagner'],
  },
  french: {
    first: ['louis', 'chloe', 'hugo', 'camille', 'jules', 'lea', 'arthur', 'manon'],
    last: ['martin', 'bernard', 'dubois', 'durand', 'lefebvre', 'moreau'],
  },
  dutch: {
    first: ['daan', 'sem', 'julia', 'lars', 'fleur', 'tess'],
    last: ['dejong', 'jansen', 'devries', 'bakker', 'visser', 'smit'],
  },
  persian: {
    first: ['ali', 'sara', 'reza', 'maryam', 'amir', 'zahra', 'mehdi', 'fatemeh', 'hossein', 'narges'],
    last: ['ahmadi', 'hosseini', 'karimi', 'rezaei', 'moradi', 'jafari', 'tehrani', 'sadeghi'],
  },
  arabic: {
    first: ['mohammed', 'fatima', 'omar', 'aisha', 'khalid', 'noura', 'yousef', 'layla', 'hassan', 'mariam'],
    last: ['alharbi', 'alqahtani', 'alshamsi', 'almansouri', 'alzahrani', 'haddad', 'nasser'],
  },
};

function pickByHash<T>(items: readonly T[], seed: number, label: string, index: number): T {
  return items[Math.floor(hashedUniform(seed, label, index) * items.length)]!;
}

function emailAddress(seed: number, group: NameGroup, separator: '.' | '_', index: number, number: number): string {
  const names = NAMES[group];
  const label = separator === '.' ? 'customer' : 'lead';
  const first = pickByHash(names.first, seed, `${label}-first`, index);
  const last = pickByHash(names.last, seed, `${label}-last`, index);
  const domain = pickByHash(DOMAINS, seed, `${label}-domain`, index);
  return `${first}${separator}${last}${number}@${domain}`;
}

/** The id of customer `index` as it appears in every file. */
export function customerId(seed: number, population: CustomerPopulation, index: number): string {
  const number = FIRST_CUSTOMER_NUMBER + index;
  if (population.emailId[index] !== 1) return `C${number}`;
  const country = COUNTRIES[population.country[index] ?? 0]!;
  return emailAddress(seed, country.names, '.', index, number);
}

/** The id of never-buying lead `index` (0-based) in events.csv. */
export function leadId(seed: number, index: number, isEmail: boolean, group: NameGroup): string {
  const number = FIRST_CUSTOMER_NUMBER + index;
  return isEmail ? emailAddress(seed, group, '_', index, number) : `L${number}`;
}
