// @vitest-environment jsdom
/**
 * The mapping screen (issue #3): several files at once, each with its detected kind and columns,
 * editable; "Load all" applies the choices; the choice is remembered per header; the day/month
 * order is asked when the data cannot decide it.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { useAppStore } from '../../../src/store/store';
import { fixtureFile, kpiValue, mappingDialog, renderApp, resetPage } from './helpers';

beforeEach(resetPage);

describe('mapping screen', () => {
  it('lists two files chosen at once with their kind, preset, columns and first rows; a changed column is applied', async () => {
    const { user, input } = renderApp();
    await user.upload(input, [fixtureFile('buyer-and-shared-email.csv'), fixtureFile('three-nps-answers.csv')]);
    const dialog = await mappingDialog();
    const orders = within(dialog).getByRole('region', { name: 'buyer-and-shared-email.csv' });
    const surveys = within(dialog).getByRole('region', { name: 'three-nps-answers.csv' });
    expect(within(orders).getByLabelText('This file holds')).toHaveValue('orders');
    expect(within(surveys).getByLabelText('This file holds')).toHaveValue('surveys');
    expect(within(orders).getByText(/Detected layout: generic/)).toBeInTheDocument();
    expect(within(orders).getByLabelText('Customer id')).toHaveValue('Email');
    expect(within(surveys).getByLabelText('Score')).toHaveValue('score');
    const preview = within(orders).getByRole('table', { name: 'First rows of buyer-and-shared-email.csv' });
    expect(within(preview).getAllByRole('row')).toHaveLength(5); // header + 4 rows
    expect(within(preview).getAllByRole('cell')[1]).toHaveTextContent('B1');
    expect(useAppStore.getState().engine.datasets).toEqual([]); // nothing loaded before "Load all"

    await user.selectOptions(within(orders).getByLabelText('Customer id'), 'Buyer');
    await waitFor(() => expect(within(orders).getByLabelText('Customer id')).toHaveValue('Buyer'));
    await user.click(within(dialog).getByRole('button', { name: 'Load all' }));
    await screen.findByRole('group', { name: 'Orders' });
    await waitFor(() => expect(useAppStore.getState().engine.datasets.map((d) => d.fileName)).toEqual(['buyer-and-shared-email.csv', 'three-nps-answers.csv']));
    expect(kpiValue('Orders')).toBe('4');
    expect(kpiValue('Customers')).toBe('3'); // B1, B2, B3 — the shared email would have made 2
    expect(Number(kpiValue('Revenue'))).toBeCloseTo(100, 6);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('remembers the choice for the header and applies it to the next file with the same columns', async () => {
    const { user, input } = renderApp();
    await user.upload(input, fixtureFile('buyer-and-shared-email.csv'));
    let dialog = await mappingDialog();
    expect(within(dialog).queryByText('Using the mapping you chose for this header last time.')).not.toBeInTheDocument();
    await user.selectOptions(within(dialog).getByLabelText('Customer id'), 'Buyer');
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Load all' })).toBeEnabled());
    await user.click(within(dialog).getByRole('button', { name: 'Load all' }));
    await screen.findByRole('group', { name: 'Orders' });
    const keys = Object.keys(localStorage).filter((key) => key.startsWith('retention.mapping.'));
    expect(keys).toHaveLength(1);

    await user.upload(input, fixtureFile('buyer-and-shared-email.csv'));
    dialog = await mappingDialog();
    expect(within(dialog).getByText('Using the mapping you chose for this header last time.')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Customer id')).toHaveValue('Buyer');
  });

  it('a remembered value that is not a choice we wrote is ignored', async () => {
    const { user, input } = renderApp();
    await user.upload(input, fixtureFile('buyer-and-shared-email.csv'));
    let dialog = await mappingDialog();
    await user.selectOptions(within(dialog).getByLabelText('Customer id'), 'Buyer');
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Load all' })).toBeEnabled());
    await user.click(within(dialog).getByRole('button', { name: 'Load all' }));
    await screen.findByRole('group', { name: 'Orders' });
    const key = Object.keys(localStorage).find((k) => k.startsWith('retention.mapping.'))!;
    localStorage.setItem(key, JSON.stringify({ kind: 'invoices', mapping: { customerId: 'Buyer' } }));
    await user.upload(input, fixtureFile('buyer-and-shared-email.csv'));
    dialog = await mappingDialog();
    expect(within(dialog).queryByText('Using the mapping you chose for this header last time.')).not.toBeInTheDocument();
    expect(within(dialog).getByLabelText('Customer id')).toHaveValue('Email');
  });

  it('asks for the day/month order when no date decides it, and reads the dates that way', async () => {
    const { user, input } = renderApp();
    await user.upload(input, fixtureFile('dates-day-month-undecided.csv'));
    const dialog = await mappingDialog();
    expect(within(dialog).getByText(/No date in order_date shows whether the day or the month comes first/)).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Load all' })).toBeDisabled();
    await user.selectOptions(within(dialog).getByLabelText('Date order'), 'mdy');
    await user.click(within(dialog).getByRole('button', { name: 'Load all' }));
    await screen.findByRole('group', { name: 'Orders' });
    // Month first: 01/02/2024 is 2 January 2024 (day first would be 1 February).
    expect(useAppStore.getState().engine.orders?.firstDay).toBe(Date.UTC(2024, 0, 2) / 86_400_000);
  });

  it('changing the kind detects the columns for that kind', async () => {
    const { user, input } = renderApp();
    await user.upload(input, fixtureFile('three-nps-answers.csv'));
    const dialog = await mappingDialog();
    expect(within(dialog).queryByLabelText('Order date')).not.toBeInTheDocument();
    await user.selectOptions(within(dialog).getByLabelText('This file holds'), 'orders');
    const date = await within(dialog).findByLabelText('Order date');
    // Orders look for order-date names (submitted_at is a survey's): the user is asked to point at it.
    expect(date).toHaveValue('');
    expect(within(dialog).getByLabelText('Customer id')).toHaveValue('customer_id');
    expect(within(dialog).queryByLabelText('Score')).not.toBeInTheDocument();
  });

  it('a workbook with several sheets offers the sheet; a sheet without data is refused and the choice undone', async () => {
    const { user, input } = renderApp();
    const workbook = new File([readFileSync('test/fixtures/ingest/online-retail-date-cells.xlsx')], 'retail.xlsx');
    await user.upload(input, workbook);
    const dialog = await mappingDialog();
    const sheet = within(dialog).getByLabelText('Sheet');
    expect(within(sheet).getAllByRole('option').map((option) => option.textContent)).toEqual(['Notes', 'Online Retail']);
    expect(sheet).toHaveValue('Online Retail');
    expect(within(dialog).getByText(/Detected layout: UCI Online Retail/)).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Customer id')).toHaveValue('CustomerID');
    await user.selectOptions(sheet, 'Notes');
    expect(await screen.findByRole('alert')).toHaveTextContent('retail.xlsx: no sheet of the workbook holds data');
    await waitFor(() => expect(within(dialog).getByLabelText('Sheet')).toHaveValue('Online Retail'));
    await user.click(within(dialog).getByRole('button', { name: 'Load all' }));
    await waitFor(() => expect(useAppStore.getState().engine.datasets.map((d) => [d.fileName, d.preset])).toEqual([['retail.xlsx', 'online-retail']]));
  });

  it('Cancel closes the screen without loading anything', async () => {
    const { user, input } = renderApp();
    await user.upload(input, fixtureFile('buyer-and-shared-email.csv'));
    const dialog = await mappingDialog();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(useAppStore.getState().engine.datasets).toEqual([]);
    expect(screen.getByText('No orders loaded yet')).toBeInTheDocument();
  });
});
