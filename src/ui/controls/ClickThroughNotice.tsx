import { t } from '../../i18n/messages';
import { formatInteger } from '../../i18n/numbers';
import { useAppStore } from '../../store/store';
import { activeClickThrough } from '../../store/urlState';
import { formatPeriodLabel } from '../../i18n/dates';

/** "Showing 123 customers from cohort 2022-03 · Clear" while a customer filter is active. */
export function ClickThroughNotice() {
  const customerIds = useAppStore((s) => s.filters.customerIds ?? null);
  const source = useAppStore((s) => activeClickThrough(s.filters, s.clickThrough));
  const setFilters = useAppStore((s) => s.setFilters);
  const calendar = useAppStore((s) => s.settings.calendar);
  if (customerIds === null) return null;
  const count = formatInteger(customerIds.length);
  const text =
    source?.kind === 'cohort'
      ? t('notice.cohort', { count, label: formatPeriodLabel(source.label, calendar) })
      : source?.kind === 'segment'
        ? t('notice.segment', { count, segment: source.segment })
        : source?.kind === 'stage'
          ? t('notice.stage', { count, stage: source.stage })
          : t('notice.selected', { count });
  return (
    <p className="notice" role="status">
      <span>{text}</span>
      <span aria-hidden="true"> · </span>
      <button type="button" className="link-button" onClick={() => setFilters({ customerIds: undefined })}>
        {t('notice.clear')}
      </button>
    </p>
  );
}
