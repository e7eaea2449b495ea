import { useEffect, type RefObject } from 'react';

/**
 * Opens the <dialog> as a modal while `open` and closes it otherwise. showModal traps focus and
 * closes on Escape; jsdom lacks it, where the open attribute still shows the content.
 */
export function useModalDialog(dialog: RefObject<HTMLDialogElement | null>, open: boolean): void {
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      if (typeof element.showModal === 'function') element.showModal();
      else element.setAttribute('open', '');
    } else if (!open && element.open) {
      if (typeof element.close === 'function') element.close();
      else element.removeAttribute('open');
    }
  }, [dialog, open]);
}
