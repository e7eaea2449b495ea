import { useRef } from 'react';
import { t } from '../../i18n/messages';
import type { LoadChoice } from '../../worker/loadChoice';
import { FileMapping } from './FileMapping';
import { needsDateOrder } from './mappingRoles';
import type { PendingFile } from './useFileInspections';
import { useModalDialog } from '../useModalDialog';

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

  useModalDialog(dialog, open);

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
