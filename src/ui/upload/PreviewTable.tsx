import { t } from '../../i18n/messages';
import type { FileInspection } from '../../ingest/types';

/** The first rows of a file as written, under the header the mapping refers to. */
export function PreviewTable({ inspection }: { inspection: FileInspection }) {
  const caption = t('mapping.preview', { file: inspection.fileName });
  return (
    <div className="table-wrap mapping-file__preview" tabIndex={0} role="region" aria-label={caption}>
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {inspection.header.map((column, index) => (
              <th key={index} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {inspection.sampleRows.map((row, rowIndex) => (
            <tr key={rowIndex}>
              {inspection.header.map((_column, index) => (
                <td key={index}>{row[index] ?? ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
