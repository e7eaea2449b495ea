import { t, type MessageKey } from '../../i18n/messages';
import { useMetric } from '../../queries/useMetric';
import { useAppStore } from '../../store/store';
import { CHURN_WINDOW_BOUNDS, CURRENCIES, MARGIN_BOUNDS, URL_PERIODS } from '../../store/urlState';
import type { Period } from '../../metrics/calendar';
import { AttributeFilters } from './AttributeFilters';
import { ClickThroughNotice } from './ClickThroughNotice';
import { CustomersDialog } from './CustomersDialog';
import { DateRangeFields } from './DateRangeFields';
import { fieldNumber, NumberField } from './NumberField';
import { CalendarFields } from './CalendarFields';
import { currencyName } from '../../i18n/numbers';

const PERIOD_LABELS: Readonly<Record<string, MessageKey>> = {
  week: 'controls.period.week',
  month: 'controls.period.month',
  quarter: 'controls.period.quarter',
};

function isPeriod(value: string): value is Period {
  return (URL_PERIODS as readonly string[]).includes(value);
}

/** Period, churn window, margin and currency: how the figures are computed and shown. */
function SettingsFields() {
  const settings = useAppStore((s) => s.settings);
  const setSettings = useAppStore((s) => s.setSettings);
  const churnWindow = useMetric('churnWindow');
  const derivedDays = churnWindow.data?.status === 'ok' ? churnWindow.data.days : null;
  return (
    <>
      <div className="field">
        <label htmlFor="setting-period">{t('controls.period')}</label>
        <select id="setting-period" value={settings.period} onChange={(e) => isPeriod(e.target.value) && setSettings({ period: e.target.value })}>
          {URL_PERIODS.map((period) => (
            <option key={period} value={period}>
              {t(PERIOD_LABELS[period] ?? 'controls.period.month')}
            </option>
          ))}
        </select>
      </div>
      <CalendarFields />
      <NumberField
        id="setting-churn"
        label={t('controls.churnWindow')}
        hint={derivedDays === null ? t('controls.churnWindow.derivedUnknown') : t('controls.churnWindow.derived', { days: derivedDays })}
        value={settings.churnWindowDays}
        bounds={CHURN_WINDOW_BOUNDS}
        integer
        {...(derivedDays === null ? {} : { placeholder: fieldNumber(derivedDays) })}
        onCommit={(churnWindowDays) => setSettings({ churnWindowDays })}
      />
      <NumberField
        id="setting-margin"
        label={t('controls.margin')}
        hint={t('controls.margin.hint')}
        value={settings.marginPercent}
        bounds={MARGIN_BOUNDS}
        integer={false}
        onCommit={(marginPercent) => setSettings({ marginPercent })}
      />
      <div className="field">
        <label htmlFor="setting-currency">{t('controls.currency')}</label>
        <select id="setting-currency" value={settings.currency} onChange={(e) => setSettings({ currency: e.target.value })}>
          {CURRENCIES.map((code) => (
            <option key={code} value={code}>
              {currencyName(code)}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}

/** The global controls: settings, filters, the click-through notice and the customer list. Every change goes through the store. */
export function ControlsBar() {
  const orders = useAppStore((s) => s.engine.orders);
  const filters = useAppStore((s) => s.filters);
  const clearFilters = useAppStore((s) => s.clearFilters);
  if (!orders || orders.firstDay === null || orders.lastDay === null) return null;
  const anyFilter = Object.values(filters).some((value) => value !== undefined && value !== null);
  return (
    <section className="controls-bar no-print" aria-label={t('controls.title')}>
      <h2 className="visually-hidden">{t('controls.title')}</h2>
      <div className="controls-bar__row">
        <DateRangeFields key={`${orders.firstDay}-${orders.lastDay}`} first={orders.firstDay} last={orders.lastDay} />
        <SettingsFields />
      </div>
      <div className="controls-bar__row">
        <AttributeFilters attributes={orders.attributes} />
        <button type="button" className="button button--secondary" onClick={clearFilters} disabled={!anyFilter}>
          {t('controls.clearFilters')}
        </button>
        <CustomersDialog />
      </div>
      <ClickThroughNotice />
    </section>
  );
}
