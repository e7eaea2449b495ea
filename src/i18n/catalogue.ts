/**
 * The shape every message catalogue (en, fa, ar) has.
 * A message is either a plain template with `{placeholders}`, or plural forms chosen by
 * `new Intl.PluralRules(locale).select(values.count)` (falling back to `other`).
 */
import type { MessageKey } from './messages';

export type { MessageKey };

export type PluralForms = {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
};

export type Message = string | PluralForms;

export type Catalogue = { readonly [K in MessageKey]: Message };
