import { useId } from 'react';
import { t, type MessageKey } from '../../i18n/messages';
import type { FileKind } from '../../ingest/types';
import type { LoadChoice } from '../../worker/loadChoice';
import { columnFor, FILE_KINDS, needsDateOrder, ROLE_FIELDS, withColumn, withKind, withSheet } from './mappingRoles';
import { PreviewTable } from './PreviewTable';
import type { PendingFile } from './useFileInspections';

const KIND_LABEL: Readonly<Record<FileKind, MessageKey>> = {
  orders: 'mapping.kind.orders',
  surveys: 'mapping.kind.surveys',
  spend: 'mapping.kind.spend',
  events: 'mapping.kind.events',
};

function DateOrder({ item, onChange }: { item: PendingFile; onChange: (choice: LoadChoice, inspectAgain: boolean) => void }) {
  const { inspection, choice } = item;
  const column = inspection.dateColumn ?? '';
  if (inspection.dateOrder === 'dmy' || inspection.dateOrder === 'mdy') {
    return <p>{t('mapping.dateOrder.decided', { column, order: t(`mapping.dateOrder.${inspection.dateOrder}`) })}</p>;
  }
  if (inspection.dateOrder !== 'ambiguous') return null;
  return (
    <div className="mapping-file__field">
      <p>{t('mapping.dateOrder.ambiguous', { column })}</p>
      <label>
        {t('mapping.dateOrder')}{' '}
        <select
          required
          value={choice.dateOrder ?? ''}
          aria-invalid={choice.dateOrder === undefined}
          onChange={(event) => {
            const value = event.target.value;
            const { dateOrder: _previous, ...rest } = choice;
            onChange(value === 'dmy' || value === 'mdy' ? { ...rest, dateOrder: value } : rest, false);
          }}
        >
          <option value="">{t('mapping.dateOrder.choose')}</option>
          <option value="dmy">{t('mapping.dateOrder.dmy')}</option>
          <option value="mdy">{t('mapping.dateOrder.mdy')}</option>
        </select>
      </label>
    </div>
  );
}

/** One file on the mapping screen: kind, preset, sheet, a column per field, date order, first rows. */
export function FileMapping({ item, onChange, onLoad }: { item: PendingFile; onChange: (choice: LoadChoice, inspectAgain: boolean) => void; onLoad: () => void }) {
  const titleId = useId();
  const { inspection, choice } = item;
  const fileName = inspection.fileName;
  const attributes = inspection.mapping?.attributes ?? [];
  const blocked = needsDateOrder(inspection, choice);
  return (
    <section className="mapping-file" aria-labelledby={titleId} aria-busy={item.updating}>
      <h3 id={titleId}>{fileName}</h3>
      {item.remembered && <p className="mapping-file__remembered">{t('mapping.remembered')}</p>}
      <div className="mapping-file__row">
        <label>
          {t('mapping.kind')}{' '}
          <select value={choice.kind ?? inspection.kind} onChange={(event) => onChange(withKind(choice, FILE_KINDS.find((kind) => kind === event.target.value) ?? inspection.kind), true)}>
            {FILE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(KIND_LABEL[kind])}
              </option>
            ))}
          </select>
        </label>
        {inspection.sheetNames.length > 1 && (
          <label>
            {t('mapping.sheet')}{' '}
            <select value={inspection.sheet ?? ''} onChange={(event) => onChange(withSheet(event.target.value), true)}>
              {inspection.sheetNames.map((sheet) => (
                <option key={sheet} value={sheet}>
                  {sheet}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {choice.kind === undefined && <p className="mapping-file__reason">{t('mapping.kindReason', { reason: inspection.kindReason })}</p>}
      {inspection.preset && <p>{t('mapping.preset', { preset: t(`mapping.preset.${inspection.preset}`) })}</p>}
      <fieldset className="mapping-file__columns">
        <legend>{t('mapping.columns')}</legend>
        {ROLE_FIELDS[inspection.kind].map((field) => (
          <label key={`${field.of}.${field.role}`} className="mapping-file__field">
            {t(field.label)}{' '}
            <select value={columnFor(inspection, field) ?? ''} onChange={(event) => onChange(withColumn(choice, field, event.target.value === '' ? null : event.target.value), true)}>
              <option value="">{t('mapping.none')}</option>
              {inspection.header.map((column, index) => (
                <option key={index} value={column}>
                  {column}
                </option>
              ))}
            </select>
          </label>
        ))}
      </fieldset>
      {attributes.length > 0 && <p>{t('mapping.attributes', { columns: attributes.join(', ') })}</p>}
      <DateOrder item={item} onChange={onChange} />
      <PreviewTable inspection={inspection} />
      {inspection.notes.length > 0 && (
        <details className="mapping-file__notes">
          <summary>{t('mapping.notes', { file: fileName })}</summary>
          <ul>
            {inspection.notes.map((note, index) => (
              <li key={index}>{note}</li>
            ))}
          </ul>
        </details>
      )}
      {item.updating && <p role="status">{t('mapping.updating', { file: fileName })}</p>}
      {blocked && <p className="warn">{t('mapping.needsDateOrder', { file: fileName })}</p>}
      <button type="button" className="button button--secondary" disabled={blocked || item.updating} onClick={onLoad}>
        {t('mapping.loadOne', { file: fileName })}
      </button>
    </section>
  );
}
