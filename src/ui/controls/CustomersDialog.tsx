import { useRef, useState } from 'react';
import { t } from '../../i18n/messages';
import { formatInteger, formatMoney } from '../../i18n/numbers';
import { isoDate } from '../../metrics/calendar';
import type { CustomerValue } from '../../metrics/value';
import { useMetric } from '../../queries/useMetric';
import { useAppStore } from '../../store/store';
import { toCsv, type CsvColumn } from '../export/csv';
import { downloadCsv } from '../export/download';
import { useModalDialog } from '../useModalDialog';

/** Rows shown on screen; the CSV has every customer. */
const SHOWN_ROWS = 200;

/** The customer list as CSV: raw numbers and ISO dates, so a spreadsheet can compute with them. */
export const CUSTOMER_CSV_COLUMNS: readonly CsvColumn<CustomerValue>[] = [
  { header: t('customers.id'), value: (c) => c.customerId },
  { header: t('customers.orders'), value: (c) => c.purchases },
  { header: t('customers.revenue'), value: (c) => c.revenue },
  { header: t('customers.margin'), value: (c) => c.margin },
  { header: t('customers.firstPurchase'), value: (c) => isoDate(c.firstPurchaseDay) },
  { header: t('customers.lastPurchase'), value: (c) => isoDate(c.lastPurchaseDay) },
];

/** Asks for the list only while the dialog is open (the full list can be large). */
function CustomerTable() {
  const { data, isPending, error } = useMetric('customerList', {});
  const currency = useAppStore((s) => s.settings.currency);
  if (error) return <p role="alert" className="panel__error">{t('panel.error', { message: error instanceof Error ? error.message : String(error) })}</p>;
  if (isPending) return <p role="status">{t('customers.loading')}</p>;
  if (data?.status !== 'ok') return <p>{t('customers.empty')}</p>;
  const customers = data.customers;
  const shown = customers.slice(0, SHOWN_ROWS);
  return (
    <>
      <button type="button" className="button" onClick={() => downloadCsv(toCsv(customers, CUSTOMER_CSV_COLUMNS), `${t('customers.fileName')}.csv`)}>
        {t('customers.download')}
      </button>
      {customers.length > shown.length && <p>{t('customers.showingFirst', { shown: formatInteger(shown.length), total: formatInteger(customers.length) })}</p>}
      <div className="table-wrap" tabIndex={0} role="region" aria-label={t('customers.caption')}>
        <table className="data-table">
          <caption className="visually-hidden">{t('customers.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('customers.id')}</th>
              <th scope="col">{t('customers.orders')}</th>
              <th scope="col">{t('customers.revenue')}</th>
              <th scope="col">{t('customers.margin')}</th>
              <th scope="col">{t('customers.firstPurchase')}</th>
              <th scope="col">{t('customers.lastPurchase')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((c) => (
              <tr key={c.customerId}>
                <th scope="row">{c.customerId}</th>
                <td>{formatInteger(c.purchases)}</td>
                <td data-value={c.revenue}>{formatMoney(c.revenue, currency)}</td>
                <td data-value={c.margin ?? ''}>{c.margin === null ? '—' : formatMoney(c.margin, currency)}</td>
                <td>{isoDate(c.firstPurchaseDay)}</td>
                <td>{isoDate(c.lastPurchaseDay)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/**
 * "Customers (N)": the customers behind the current figures in a modal dialog, with a CSV
 * download. N is the overview's customer count (customers with a purchase in the selection).
 */
export function CustomersDialog() {
  const kpis = useMetric('kpis');
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const count = kpis.data?.status === 'ok' ? kpis.data.customers : 0;

  useModalDialog(dialog, open);

  const close = () => {
    setOpen(false);
    opener.current?.focus();
  };

  return (
    <>
      <button ref={opener} type="button" className="button button--secondary" disabled={count === 0} onClick={() => setOpen(true)}>
        {t('customers.open', { count: formatInteger(count) })}
      </button>
      <dialog ref={dialog} className="customers-dialog" aria-labelledby="customers-dialog-title" onClose={() => setOpen(false)}>
        <div className="customers-dialog__header">
          <h2 id="customers-dialog-title">{t('customers.title')}</h2>
          <button type="button" className="button button--secondary" onClick={close}>
            {t('customers.close')}
          </button>
        </div>
        {open && <CustomerTable />}
      </dialog>
    </>
  );
}
