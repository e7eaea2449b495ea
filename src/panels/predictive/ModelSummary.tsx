import { t } from '../../i18n/messages';
import { formatInteger } from '../../i18n/numbers';
import type { PredictiveReport } from '../../metrics/predictive';
import type { CalendarSystem } from '../../metrics/calendar';
import { formatDay, formatDecimal } from './format';

interface ParameterRow {
  model: string;
  name: string;
  value: number;
  standardError: number | null;
}

function parameterRows(report: PredictiveReport): ParameterRow[] {
  const purchases = t('predictive.parameters.purchases');
  const { bgnbd } = report;
  const errors = bgnbd.standardErrors;
  const rows: ParameterRow[] = [
    { model: purchases, name: 'r', value: bgnbd.r, standardError: errors?.r ?? null },
    { model: purchases, name: 'α', value: bgnbd.alpha, standardError: errors?.alpha ?? null },
    { model: purchases, name: 'a', value: bgnbd.a, standardError: errors?.a ?? null },
    { model: purchases, name: 'b', value: bgnbd.b, standardError: errors?.b ?? null },
  ];
  const spend = report.gammaGamma;
  if (spend.status === 'ok') {
    const model = t('predictive.parameters.spend');
    rows.push(
      { model, name: 'p', value: spend.p, standardError: spend.standardErrors?.p ?? null },
      { model, name: 'q', value: spend.q, standardError: spend.standardErrors?.q ?? null },
      { model, name: 'γ', value: spend.gamma, standardError: spend.standardErrors?.gamma ?? null },
    );
  }
  return rows;
}

/** What the fit covered, its parameters with standard errors, and the spend-model check. */
export function ModelSummary({ report, calendar }: { report: PredictiveReport; calendar: CalendarSystem }) {
  return (
    <>
      <p>
        {t('predictive.summary', {
          customers: formatInteger(report.customers),
          repeatBuyers: formatInteger(report.repeatBuyers),
          date: formatDay(report.calibrationEndDay, calendar),
        })}
      </p>
      {report.leftTruncatedCustomers > 0 && <p>{t('predictive.leftTruncated', { count: formatInteger(report.leftTruncatedCustomers) })}</p>}
      <details>
        <summary>{t('predictive.parameters')}</summary>
        <table className="figure-table">
          <caption className="visually-hidden">{t('predictive.parameters.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('predictive.parameters.model')}</th>
              <th scope="col">{t('predictive.parameters.name')}</th>
              <th scope="col">{t('predictive.parameters.value')}</th>
              <th scope="col">{t('predictive.parameters.standardError')}</th>
            </tr>
          </thead>
          <tbody>
            {parameterRows(report).map((row) => (
              <tr key={`${row.model}-${row.name}`}>
                <td>{row.model}</td>
                <th scope="row">{row.name}</th>
                <td>{formatDecimal(row.value, 4)}</td>
                <td>{row.standardError === null ? '' : formatDecimal(row.standardError, 4)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {report.independence.status === 'ok' && <p>{t('predictive.independence', { value: formatDecimal(report.independence.correlation, 3) })}</p>}
      </details>
    </>
  );
}
