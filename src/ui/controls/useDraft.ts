import { useState } from 'react';

/**
 * The text of a field that commits a value while the user types (numbers, dates). It starts as
 * `write(value)`; when `value` changes from elsewhere (the URL, a clear button), it becomes
 * `write(value)` again, unless the text being typed already reads as that value, so a half-typed
 * "0." or year is never reset under the user's fingers.
 */
export function useDraft<T>(value: T, write: (value: T) => string, read: (text: string) => T): [string, (text: string) => void] {
  const [draft, setDraft] = useState(() => write(value));
  const [shown, setShown] = useState(value);
  if (!Object.is(value, shown)) {
    setShown(value);
    if (!Object.is(read(draft), value)) setDraft(write(value));
  }
  return [draft, setDraft];
}
