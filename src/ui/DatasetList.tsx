import { t, type MessageKey } from '../i18n/messages';
import { formatInteger } from '../i18n/numbers';
import { useAppStore } from '../store/store';
import { useRemoveAllData, useRemoveDataset } from '../queries/useLoadFiles';
import { rejectReportCsv } from '../ingest/rejects';
import { downloadCsv, fileSlug } from './export/download';
import type { RejectReason, RejectReport } from '../ingest/types';

/** "1,180 without customer id, 24 unreadable dates": the reasons rows were skipped, largest first. */
export function rejectSummary(report: RejectReport): string {
  const reasons = (Object.entries(report.byReason) as [RejectReason, number | undefined][])
    .filter((entry): entry is [RejectReason, number] => (entry[1] ?? 0) > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([reason, count]) => t(`reject.${reason}` as MessageKey, { count: formatInteger(count) }));
  return t('datasets.rejectedDetail', { count: formatInteger(report.total), reasons: reasons.join(', ') });
}

/** The loaded files, with rows read and skipped, the skipped rows as CSV, and removal. */
export function DatasetList() {
  const datasets = useAppStore((s) => s.engine.datasets);
  const removeAll = useRemoveAllData();
  const remove = useRemoveDataset();
  if (datasets.length === 0) return null;
  return (
    <section className="datasets" aria-label={t('datasets.title')}>
      <h2 className="visually-hidden">{t('datasets.title')}</h2>
      <ul>
        {datasets.map((d) => (
          <li key={d.id}>
            <strong>{d.fileName}</strong> <span className="tag">{d.kind}</span>{' '}
            {t('datasets.rows', { rows: formatInteger(d.rowsRead), records: formatInteger(d.rowsRead - d.rejects.total) })}
            {d.rejects.total > 0 && (
              <>
                <span className="warn"> · {rejectSummary(d.rejects)}</span>{' '}
                <button
                  type="button"
                  className="link-button"
                  onClick={() => downloadCsv(rejectReportCsv(d.rejects), `${fileSlug(d.fileName)}-skipped-rows.csv`)}
                >
                  {t('datasets.downloadRejects', { file: d.fileName })}
                </button>
              </>
            )}{' '}
            <button type="button" className="link-button" onClick={() => void remove(d.id)}>
              {t('datasets.remove', { file: d.fileName })}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="button button--secondary" title={t('datasets.removeAllHint')} onClick={() => void removeAll()}>
        {t('datasets.removeAll')}
      </button>
    </section>
  );
}
