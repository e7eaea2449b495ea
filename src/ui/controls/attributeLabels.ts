/** Names for the attribute filters: the known columns (any case) from the catalogue, others as the data names them. */
import { t, type MessageKey } from '../../i18n/messages';

const KNOWN: Readonly<Record<string, MessageKey>> = {
  channel: 'controls.attribute.channel',
  country: 'controls.attribute.country',
  product: 'controls.attribute.product',
  category: 'controls.attribute.category',
};

/** Filters most users reach for come first. */
const ORDER = ['channel', 'country', 'category', 'product'];

export function attributeLabel(name: string): string {
  // Own keys only: a column named "constructor" or "__proto__" must not find Object.prototype's members.
  const lower = name.toLowerCase();
  return Object.hasOwn(KNOWN, lower) ? t(KNOWN[lower]!) : name;
}

export function attributeValueLabel(value: string): string {
  return value === '' ? t('controls.blankValue') : value;
}

export function filterOrder(a: string, b: string): number {
  const rank = (name: string) => {
    const index = ORDER.indexOf(name.toLowerCase());
    return index === -1 ? ORDER.length : index;
  };
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}
