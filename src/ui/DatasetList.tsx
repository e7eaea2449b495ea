import { t } from '../i18n/messages';
import { formatInteger } from '../i18n/numbers';
import { useAppStore } from '../store/store';
import { useRemoveAllData } from '../queries/useLoadFiles';

/** The loaded files, with rows read and skipped. */
export function DatasetList() {
  const datasets = useAppStore((s) => s.engine.datasets);
  const removeAll = useRemoveAllData();
  if (datasets.length === 0) return null;
  return (
    <section className="datasets" aria-label={t('datasets.title')}>
      <h2 className="visually-hidden">{t('datasets.title')}</h2>
      <ul>
        {datasets.map((d) => (
          <li key={d.id}>
            <strong>{d.fileName}</strong> <span className="tag">{d.kind}</span>{' '}
            {t('datasets.rows', { rows: formatInteger(d.rowsRead), records: formatInteger(d.rowsRead - d.rejects.total) })}
            {d.rejects.total > 0 && <span className="warn"> · {t('datasets.rejected', { count: formatInteger(d.rejects.total) })}</span>}
          </li>
        ))}
      </ul>
      <button type="button" className="button button--secondary" title={t('datasets.removeAllHint')} onClick={() => void removeAll()}>
        {t('datasets.removeAll')}
      </button>
    </section>
  );
}
