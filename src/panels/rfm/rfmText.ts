/** Names and one-line descriptions of the RFM segments, migration labels and empty states. */
import { t, type MessageKey } from '../../i18n/messages';
import type { MigrationFrom, RfmSegment } from '../../metrics/rfm';
import type { NoData } from '../../worker/metricRegistry';

const SEGMENT_NAMES: Record<RfmSegment, MessageKey> = {
  champions: 'rfm.segment.champions',
  loyal: 'rfm.segment.loyal',
  potential: 'rfm.segment.potential',
  new: 'rfm.segment.new',
  'at-risk': 'rfm.segment.at-risk',
  'cannot-lose': 'rfm.segment.cannot-lose',
  hibernating: 'rfm.segment.hibernating',
  lost: 'rfm.segment.lost',
};

const SEGMENT_DESCRIPTIONS: Record<RfmSegment, MessageKey> = {
  champions: 'rfm.describe.champions',
  loyal: 'rfm.describe.loyal',
  potential: 'rfm.describe.potential',
  new: 'rfm.describe.new',
  'at-risk': 'rfm.describe.at-risk',
  'cannot-lose': 'rfm.describe.cannot-lose',
  hibernating: 'rfm.describe.hibernating',
  lost: 'rfm.describe.lost',
};

export function segmentName(segment: RfmSegment): string {
  return t(SEGMENT_NAMES[segment]);
}

export function segmentDescription(segment: RfmSegment): string {
  return t(SEGMENT_DESCRIPTIONS[segment]);
}

export function migrationFromName(from: MigrationFrom): string {
  if (from === '(new)') return t('rfm.migration.fromNew');
  if (from === '(none)') return t('rfm.migration.fromNone');
  return segmentName(from);
}

export function rfmEmptyText(result: { status: 'empty'; reason: 'no-customers' | 'invalid-range' } | NoData): string {
  if (result.status === 'no-data') return t('panels.empty.noOrders');
  return result.reason === 'invalid-range' ? t('rfm.migration.invalidRange') : t('rfm.empty.noCustomers');
}
