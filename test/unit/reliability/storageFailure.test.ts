/** A full or refused IndexedDB becomes a sentence in the 'persist.failed' message; the data stays loaded. */
import { describe, expect, it } from 'vitest';
import { t } from '../../../src/i18n/messages';
import { storageFailureKind, storageFailureReason } from '../../../src/store/storageFailure';

describe('storage failures', () => {
  it('names a full storage, whatever the browser calls it', () => {
    expect(storageFailureKind(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))).toBe('quota');
    expect(storageFailureKind(new DOMException('Quota reached', 'NS_ERROR_DOM_QUOTA_REACHED'))).toBe('quota');
    expect(storageFailureReason(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))).toBe(
      'this browser’s storage for this page is full; remove files you no longer need, or free space in the browser’s site settings',
    );
  });

  it('names storage the browser refuses (private browsing, a site setting)', () => {
    expect(storageFailureKind(new DOMException('denied', 'SecurityError'))).toBe('refused');
    expect(storageFailureKind(new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError'))).toBe('refused');
    expect(storageFailureReason(new DOMException('denied', 'SecurityError'))).toBe(t('persist.unavailable'));
  });

  it('passes any other error on with its own message', () => {
    expect(storageFailureKind(new Error('IndexedDB write aborted'))).toBe('other');
    expect(storageFailureReason(new Error('IndexedDB write aborted'))).toBe('IndexedDB write aborted');
    expect(storageFailureReason('disk on fire')).toBe('disk on fire');
    expect(storageFailureKind(null)).toBe('other');
  });

  it('fills the persist.failed sentence', () => {
    const reason = storageFailureReason(new DOMException('x', 'QuotaExceededError'));
    expect(t('persist.failed', { file: 'orders.csv', reason })).toBe(
      'orders.csv is loaded, but could not be kept for your next visit (this browser’s storage for this page is full; remove files you no longer need, or free space in the browser’s site settings). Your data stays on screen until you close the page.',
    );
  });
});
