/** Sentences for the surveys panel: empty states, NPS group names, intervals. */
import { t, type MessageKey } from '../../i18n/messages';
import { formatInteger } from '../../i18n/numbers';
import type { NpsGroup } from '../../metrics/surveys';

const GROUP_NAMES: Record<NpsGroup, MessageKey> = {
  promoter: 'surveys.group.promoter',
  passive: 'surveys.group.passive',
  detractor: 'surveys.group.detractor',
};

export function npsGroupName(group: NpsGroup): string {
  return t(GROUP_NAMES[group]);
}

/** "95% interval 24.1 to 32.5 (Wald), 1,219 responses"; without bounds (one CES answer) it says why. */
export function intervalText(low: number | null, high: number | null, n: number, method: string, format: (value: number) => string): string {
  if (low === null || high === null) return t('surveys.interval.none', { n: formatInteger(n) });
  return t('surveys.interval', { low: format(low), high: format(high), method, n: formatInteger(n) });
}
