// @vitest-environment jsdom
/**
 * Cancel, the size limit and the engine restart as the user sees them (issues #3 and #9): each ends
 * with a message, and the data loaded before stays on screen.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { useAppStore } from '../../../src/store/store';
import { restartingClient } from '../../../src/worker/restartingClient';
import { bigOrders, connections } from '../../unit/worker/helpers';
import { fixtureFile, kpiValue, mappingDialog, renderApp, resetPage } from './helpers';

beforeEach(resetPage);

async function loadThreeMonths(user: ReturnType<typeof renderApp>['user'], input: HTMLElement) {
  await user.upload(input, fixtureFile('three-months-with-refund.csv'));
  await user.click(within(await mappingDialog()).getByRole('button', { name: 'Load all' }));
  await screen.findByRole('group', { name: 'Orders' });
  await waitFor(() => expect(kpiValue('Orders')).toBe('10'));
}

describe('upload controls', () => {
  it('Cancel stops a load in progress: a neutral notice, and the previous figures stay', async () => {
    const { user, input } = renderApp();
    await loadThreeMonths(user, input);
    // 240,000 rows (about 12 MB): long enough to be cancelled in the middle.
    await user.upload(input, new File([bigOrders(240_000)], 'big.csv', { type: 'text/csv' }));
    await user.click(within(await mappingDialog()).getByRole('button', { name: 'Load all' }));
    const reading = await screen.findByText('Reading big.csv…');
    const bar = reading.closest('[role=status]') as HTMLElement;
    await user.click(within(bar).getByRole('button', { name: 'Cancel' }));
    const notices = screen.getByRole('status', { name: 'News about your data' });
    await within(notices).findByText('Loading big.csv was cancelled; your previous data is unchanged.');
    expect(screen.queryByText('Reading big.csv…')).not.toBeInTheDocument();
    expect(useAppStore.getState().engine.datasets.map((d) => d.fileName)).toEqual(['three-months-with-refund.csv']);
    expect(kpiValue('Orders')).toBe('10');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('a file over 1 GB is refused from its size, before it is read, and nothing loaded is lost', async () => {
    const { user, input } = renderApp();
    await loadThreeMonths(user, input);
    const huge = new File(['order_id'], 'orders-2015-2025.csv', { type: 'text/csv' });
    Object.defineProperty(huge, 'size', { value: 2 * 1024 ** 3 });
    const read = vi.fn(() => Promise.reject(new Error('must not be read')));
    Object.defineProperty(huge, 'arrayBuffer', { value: read });
    await user.upload(input, huge);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('orders-2015-2025.csv is 2 GB; the largest file this page reads is 1 GB. Split the export by date range and upload the parts.');
    expect(read).not.toHaveBeenCalled();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(kpiValue('Orders')).toBe('10');
  });

  it('when the engine stops, it is restarted with the files reloaded and the user is told', async () => {
    const factory = connections({ 0: 'compute' });
    const client = restartingClient(factory.connect);
    const { user, input } = renderApp(client);
    // The first figure request after the upload kills engine 0; engine 1 gets the file again.
    await user.upload(input, fixtureFile('three-months-with-refund.csv'));
    await user.click(within(await mappingDialog()).getByRole('button', { name: 'Load all' }));
    const notices = screen.getByRole('status', { name: 'News about your data' });
    await within(notices).findByText('The analysis engine stopped and was restarted; your files were reloaded.');
    expect(factory.started).toHaveLength(2);
    await waitFor(() => expect(kpiValue('Orders')).toBe('10'));
    expect(kpiValue('Customers')).toBe('6');
    expect(screen.getByText('three-months-with-refund.csv')).toBeInTheDocument();
  });
});
