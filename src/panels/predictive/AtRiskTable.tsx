import { t } from '../../i18n/messages';
import { formatInteger, formatMoney, formatPercent } from '../../i18n/numbers';
import type { ReportAtRisk } from '../../metrics/predictive';
import { atRiskCsv } from './atRiskCsv';
import { formatDecimal } from './format';

/** Saves text as a file through a Blob and a temporary <a download> (no network request). */
function saveText(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

/** The customers with the most value at risk, with a CSV download of the list. */
export function AtRiskTable({ atRisk, currency }: { atRisk: ReportAtRisk; currency: string }) {
  const money = (value: number): string => formatMoney(value, currency);
  const headers = {
    customer: t('predictive.atRisk.customer'),
    probabilityAlive: t('predictive.atRisk.probabilityAlive'),
    expectedPurchases: t('predictive.atRisk.expectedPurchases'),
    predictedClv: t('predictive.atRisk.predictedClv'),
    historicalValue: t('predictive.atRisk.historicalValue'),
    valueAtRisk: t('predictive.atRisk.valueAtRisk'),
  };
  return (
    <>
      <h3 className="chart-title">{t('predictive.atRisk.title')}</h3>
      <p className="panel__explain">{t('predictive.atRisk.explain')}</p>
      {atRisk.customers.length === 0 ? (
        <p>{t('predictive.atRisk.none')}</p>
      ) : (
        <>
          <p>
            {t('predictive.atRisk.summary', {
              count: formatInteger(atRisk.customersAtRisk),
              value: money(atRisk.totalValueAtRisk),
              shown: formatInteger(atRisk.customers.length),
            })}
          </p>
          <button type="button" onClick={() => saveText(atRiskCsv(atRisk.customers, headers), t('predictive.atRisk.fileName'))}>
            {t('predictive.atRisk.download')}
          </button>
          <div className="table-scroll" tabIndex={0} role="region" aria-label={t('predictive.atRisk.caption')}>
            <table className="figure-table">
              <caption className="visually-hidden">{t('predictive.atRisk.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{headers.customer}</th>
                  <th scope="col">{headers.probabilityAlive}</th>
                  <th scope="col">{headers.expectedPurchases}</th>
                  <th scope="col">{headers.predictedClv}</th>
                  <th scope="col">{headers.historicalValue}</th>
                  <th scope="col">{headers.valueAtRisk}</th>
                </tr>
              </thead>
              <tbody>
                {atRisk.customers.map((customer) => (
                  <tr key={customer.customerId}>
                    <th scope="row">{customer.customerId}</th>
                    <td>{formatPercent(customer.probabilityAlive * 100)}</td>
                    <td>{formatDecimal(customer.expectedPurchases, 2)}</td>
                    <td>{money(customer.predictedClv)}</td>
                    <td>{money(customer.historicalValue)}</td>
                    <td data-value={customer.valueAtRisk}>{money(customer.valueAtRisk)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
