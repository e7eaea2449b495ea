import { t } from '../../i18n/messages';
import { formatInteger, formatMoney } from '../../i18n/numbers';
import { segmentOf, type RfmSegmentSummary } from '../../metrics/rfm';
import { DataTable } from '../../ui/charts/DataTable';
import { formatDecimal, formatShare } from '../../ui/charts/format';
import { sequentialColor } from '../../ui/palette';
import { segmentDescription, segmentName } from './rfmText';

/**
 * The named segments as tiles sized by their customers (a treemap-like row layout) and shaded by
 * their share of customers relative to the largest segment. Each tile is a button that filters
 * the page to its customers; empty segments cannot be chosen.
 */
export function SegmentTiles(props: { segments: readonly RfmSegmentSummary[]; busy: boolean; onChoose: (segment: RfmSegmentSummary['segment']) => void }) {
  const largest = Math.max(...props.segments.map((s) => s.share), Number.MIN_VALUE);
  return (
    <ul className="segment-tiles" aria-label={t('rfm.tiles')}>
      {props.segments.map((summary) => (
        <li key={summary.segment} className="segment-tiles__item" style={{ flexGrow: Math.max(1, summary.customers) }}>
          <button
            type="button"
            className="segment-tile"
            style={sequentialColor(summary.share / largest)}
            disabled={summary.customers === 0 || props.busy}
            title={segmentDescription(summary.segment)}
            onClick={() => props.onChoose(summary.segment)}
          >
            {/* The name comes from the visible text plus hidden words, so it contains what is seen (WCAG 2.5.3 label in name). */}
            <span className="segment-tile__name">{segmentName(summary.segment)}</span>{' '}
            <span className="segment-tile__figure">
              {formatInteger(summary.customers)} <span className="visually-hidden">{t('rfm.tile.customers')}</span>
            </span>{' '}
            <span className="segment-tile__share">{formatShare(summary.share)}</span>
            <span className="visually-hidden">{t('rfm.tile.action')}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

/** Size, share, revenue and average R, F, M of every segment. */
export function SegmentTable(props: { segments: readonly RfmSegmentSummary[]; currency: string }) {
  const money = (v: number | null) => (v === null ? '—' : formatMoney(v, props.currency));
  const decimal = (v: number | null) => (v === null ? '—' : formatDecimal(v));
  return (
    <DataTable
      caption={t('rfm.table')}
      captionVisible
      rows={props.segments}
      rowKey={(summary) => summary.segment}
      columns={[
        { header: t('rfm.segment'), cell: (summary) => segmentName(summary.segment), isRowHeader: true },
        { header: t('rfm.customers'), cell: (summary) => formatInteger(summary.customers), numeric: true },
        { header: t('rfm.share'), cell: (summary) => formatShare(summary.share), numeric: true },
        { header: t('rfm.revenue'), cell: (summary) => money(summary.revenue), numeric: true },
        { header: t('rfm.revenueShare'), cell: (summary) => (summary.revenueShare === null ? '—' : formatShare(summary.revenueShare)), numeric: true },
        { header: t('rfm.meanRecency'), cell: (summary) => decimal(summary.meanRecency), numeric: true },
        { header: t('rfm.meanFrequency'), cell: (summary) => decimal(summary.meanFrequency), numeric: true },
        { header: t('rfm.meanMonetary'), cell: (summary) => money(summary.meanMonetary), numeric: true },
      ]}
    />
  );
}

const SCORES = [5, 4, 3, 2, 1] as const;

/** The R × FM grid that names the segments (part of the definition; segmentOf is the metric's own map). */
export function SegmentGridLegend() {
  return (
    <table className="figure-table segment-grid">
      <caption>{t('rfm.grid.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('rfm.grid.corner')}</th>
          {[1, 2, 3, 4, 5].map((fm) => (
            <th scope="col" key={fm}>
              {t('rfm.grid.fm', { score: fm })}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {SCORES.map((r) => (
          <tr key={r}>
            <th scope="row">{t('rfm.grid.r', { score: r })}</th>
            {[1, 2, 3, 4, 5].map((fm) => (
              <td key={fm}>{segmentName(segmentOf(r, fm))}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
