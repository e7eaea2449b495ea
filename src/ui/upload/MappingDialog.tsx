import { useEffect, useRef } from 'react';
import { t } from '../../i18n/messages';
import type { LoadChoice } from '../../worker/loadChoice';
import { FileMapping } from './FileMapping';
import { needsDateOrder } from './mappingRoles';
import type { PendingFile } from './useFileInspections';

interface MappingDialogProps {
  pending: readonly PendingFile[];
  onChange: (item: PendingFile, choice: LoadChoice, inspectAgain: boolean) => void;
  onLoad: (items: readonly PendingFile[]) => void;
  /** Cancel or Escape: the files are not loaded; the data loaded before stays. */
  onDismiss: () => void;
}

/** The mapping screen: every chosen file with what was detected, editable, and one "Load all". */
export function MappingDialog({ pending, onChange, onLoad, onDismiss }: MappingDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const open = pending.length > 0;

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      // showModal traps focus and closes on Escape; jsdom lacks it, the attribute still shows the content.
      if (typeof element.showModal === 'function') element.showModal();
      else element.setAttribute('open', '');
    } else if (!open && element.open) {
      if (typeof element.close === 'function') element.close();
      else element.removeAttribute('open');
    }
  }, [open]);

  const blocked = pending.some((item) => item.updating || needsDateOrder(item.inspection, item.choice));
  return (
    <dialog
      ref={dialog}
      className="mapping-dialog"
      aria-labelledby="mapping-dialog-title"
      aria-describedby="mapping-dialog-intro"
      onCancel={(event) => {
        event.preventDefault();
        onDismiss();
      }}
    >
      {open && (
        <>
          <h2 id="mapping-dialog-title">{t('mapping.title')}</h2>
          <p id="mapping-dialog-intro">{t('mapping.intro')}</p>
          {pending.map((item) => (
            <FileMapping key={item.id} item={item} onChange={(choice, inspectAgain) => onChange(item, choice, inspectAgain)} onLoad={() => onLoad([item])} />
          ))}
          <div className="mapping-dialog__actions">
            <button type="button" className="button" disabled={blocked} onClick={() => onLoad(pending)}>
              {t('mapping.loadAll')}
            </button>
            <button type="button" className="button button--secondary" onClick={onDismiss}>
              {t('mapping.cancel')}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
