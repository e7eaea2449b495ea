/**
 * Why a file could not be kept in IndexedDB, in the user's words (the 'persist.failed' reason).
 * The loaded data stays in the page either way: only the copy for the next visit is missing.
 */
import { t } from '../i18n/messages';

/** QuotaExceededError everywhere; NS_ERROR_DOM_QUOTA_REACHED in older Firefox. */
const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);
/** What browsers throw when a page may not store data at all (private browsing, a site setting). */
const REFUSED_NAMES = new Set(['SecurityError', 'InvalidStateError', 'NotAllowedError']);
/** DOMException's legacy code for QUOTA_EXCEEDED_ERR, in browsers that predate the name. */
const QUOTA_EXCEEDED_CODE = 22;

export type StorageFailureKind = 'quota' | 'refused' | 'other';

export function storageFailureKind(error: unknown): StorageFailureKind {
  if (typeof error !== 'object' || error === null) return 'other';
  const { name, code } = error as { name?: unknown; code?: unknown };
  if ((typeof name === 'string' && QUOTA_NAMES.has(name)) || code === QUOTA_EXCEEDED_CODE) return 'quota';
  if (typeof name === 'string' && REFUSED_NAMES.has(name)) return 'refused';
  return 'other';
}

export function storageFailureReason(error: unknown): string {
  switch (storageFailureKind(error)) {
    case 'quota':
      return t('persist.quota');
    case 'refused':
      return t('persist.unavailable');
    case 'other':
      return error instanceof Error ? error.message : String(error);
  }
}
