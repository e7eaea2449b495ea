import { t } from '../../i18n/messages';
import { formatInteger, formatMoney, formatPercent } from '../../i18n/numbers';
import type { ReportClv } from '../../metrics/predictive';
import { formatPeriodLabel } from '../../i18n/dates';
import { useAppStore } from '../../store/store';

/** Predicted CLV over the horizon: the totals, and per acquisition cohort in a table. */
export function ClvByCohort({ clv, currency }: { clv: ReportClv; currency: string }) {
  const money = (value: number): string => formatMoney(value, currency);
  const calendar = useAppStore((s) => s.settings.calendar);
  const basis = clv.marginPercent === null ? t('predictive.clv.basis.revenue') : t('predictive.clv.basis.margin', { percent: formatPercent(clv.marginPercent, 0) });
  return (
    <>
      <h3 className="chart-title">{t('predictive.clv.title')}</h3>
      <p>
        {t('predictive.clv.summary', {
          months: clv.horizonMonths,
          rate: formatPercent(clv.monthlyDiscountRate * 100),
          total: money(clv.total),
          mean: clv.mean === null ? '' : money(clv.mean),
          basis,
        })}
      </p>
      <table className="figure-table">
        <caption className="visually-hidden">{t('predictive.clv.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('predictive.clv.cohort')}</th>
            <th scope="col">{t('predictive.clv.customers')}</th>
            <th scope="col">{t('predictive.clv.total')}</th>
            <th scope="col">{t('predictive.clv.mean')}</th>
          </tr>
        </thead>
        <tbody>
          {clv.byCohort.map((row) => (
            <tr key={row.cohort}>
              <th scope="row" data-label={row.cohort}>
                {formatPeriodLabel(row.cohort, calendar)}
              </th>
              <td>{formatInteger(row.customers)}</td>
              <td data-value={row.total}>{money(row.total)}</td>
              <td>{row.mean === null ? '' : money(row.mean)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
