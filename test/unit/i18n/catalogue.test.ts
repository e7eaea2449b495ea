import { describe, expect, it } from 'vitest';
import { en, type MessageKey } from '../../../src/i18n/messages';
import { fa } from '../../../src/i18n/fa';
import { ar } from '../../../src/i18n/ar';
import type { Message } from '../../../src/i18n/catalogue';

/** The {placeholders} of a message: for plural forms, those of all forms together. */
function placeholders(message: Message): string[] {
  const texts = typeof message === 'string' ? [message] : Object.values(message).filter((text): text is string => typeof text === 'string');
  const names = new Set<string>();
  for (const text of texts) for (const match of text.matchAll(/\{(\w+)\}/g)) names.add(match[1]!);
  return [...names].sort();
}

const englishKeys = Object.keys(en).sort() as MessageKey[];

describe.each([
  ['fa', fa as Partial<Record<MessageKey, Message>>],
  ['ar', ar as Partial<Record<MessageKey, Message>>],
])('the %s catalogue', (_language, catalogue) => {
  it('has every key of en and no other', () => {
    expect(englishKeys.filter((key) => catalogue[key] === undefined)).toEqual([]);
    expect(Object.keys(catalogue).filter((key) => !(key in en))).toEqual([]);
  });

  it('uses the same {placeholders} as en in every message', () => {
    const different = englishKeys.filter((key) => {
      const message = catalogue[key];
      return message !== undefined && placeholders(message).join() !== placeholders(en[key]).join();
    });
    expect(different).toEqual([]);
  });

  it('gives plural forms an `other` and a count to choose by', () => {
    const withoutOther = englishKeys.filter((key) => {
      const message = catalogue[key];
      return message !== undefined && typeof message !== 'string' && (typeof message.other !== 'string' || !placeholders(en[key]).includes('count'));
    });
    expect(withoutOther).toEqual([]);
  });
});

describe('the en catalogue', () => {
  it('has plural forms only on messages with a {count}', () => {
    const plural = englishKeys.filter((key) => typeof en[key] !== 'string');
    expect(plural.length).toBeGreaterThan(0);
    expect(plural.filter((key) => !placeholders(en[key]).includes('count'))).toEqual([]);
  });
});
