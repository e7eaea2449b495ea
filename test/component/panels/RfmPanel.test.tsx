// @vitest-environment jsdom
/**
 * The RFM panel on four-customers-three-months.csv (see ChurnPanel.test.tsx), as of 2024-03-20.
 * recency (days): ana 19, ben 0, cyd 60, dee 34 · frequency: 3, 2, 1, 1 · monetary: 240, 75, 30, 40.
 * Scores = ⌊5 × (below + ½ equal)/4⌋ + 1:
 *   R (on −recency): cyd 1, dee 2, ana 4, ben 5;  F: cyd, dee tie → ⌊5 × 1/4⌋ + 1 = 2, ben 4, ana 5;
 *   M: cyd 1, dee 2, ben 4, ana 5.  FM = ⌈(F + M)/2⌉: ana 5, ben 4, cyd 2, dee 2.
 * Segments (R, FM): ben (5, 4) champions, ana (4, 5) loyal, dee (2, 2) hibernating, cyd (1, 2) lost.
 * Migration from 2024-02-07 (ana, ben, cyd known; recency 6, 28, 18): ana champions, ben at-risk,
 * cyd hibernating → on 03-20 ana loyal, ben champions, cyd lost, dee (new) hibernating.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RfmPanel } from '../../../src/panels/rfm/RfmPanel';
import { useAppStore } from '../../../src/store/store';
import { expectNoBrokenNumbers, loadEngine, ORDERS, renderWithEngine, resetStore, tableRow, tableText } from './renderPanel';

beforeEach(() => resetStore());

describe('RfmPanel', () => {
  it('shows every segment with its size, revenue and average R, F and M', async () => {
    const { container } = renderWithEngine(<RfmPanel />, await loadEngine([ORDERS]));
    const caption = 'Segments: size, revenue and average recency, frequency and monetary value';
    expect(await screen.findByRole('table', { name: caption })).toBeInTheDocument();
    expect(screen.getByText('Scored as of 2024-03-20. Customers scored: 4.')).toBeInTheDocument();
    expect(tableText(caption)).toHaveLength(9); // header + the eight segments, empty ones included
    expect(tableRow(caption, 'Champions')).toEqual(['Champions', '1', '25.0%', '$75', '19.5%', '0', '2', '$75']);
    expect(tableRow(caption, 'Loyal')).toEqual(['Loyal', '1', '25.0%', '$240', '62.3%', '19', '3', '$240']);
    expect(tableRow(caption, 'Hibernating')).toEqual(['Hibernating', '1', '25.0%', '$40', '10.4%', '34', '1', '$40']);
    expect(tableRow(caption, 'Lost')).toEqual(['Lost', '1', '25.0%', '$30', '7.8%', '60', '1', '$30']);
    expect(tableRow(caption, 'Potential loyalists')).toEqual(['Potential loyalists', '0', '0.0%', '$0', '0.0%', '—', '—', '—']);
    expectNoBrokenNumbers(container);
  });

  it('filters the page to a segment’s customers when its tile is chosen, and never to an empty segment', async () => {
    const user = userEvent.setup();
    renderWithEngine(<RfmPanel />, await loadEngine([ORDERS]));
    const champions = await screen.findByRole('button', { name: /^Champions 1 customers, .*: show these customers$/ });
    expect(screen.getByRole('button', { name: /^Potential loyalists 0 customers, / })).toBeDisabled();
    await user.click(champions);
    await waitFor(() => expect(useAppStore.getState().filters.customerIds).toEqual(['ben@example.com']));
    expect(useAppStore.getState().clickThrough?.source).toEqual({ kind: 'segment', segment: 'champions' });
  });

  it('reaches a segment from the keyboard', async () => {
    const user = userEvent.setup();
    renderWithEngine(<RfmPanel />, await loadEngine([ORDERS]));
    const loyal = await screen.findByRole('button', { name: /^Loyal 1 customers, / });
    loyal.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(useAppStore.getState().filters.customerIds).toEqual(['ana@example.com']));
  });

  it('shows the migration matrix, by default from 90 days before the last day', async () => {
    renderWithEngine(<RfmPanel />, await loadEngine([ORDERS]));
    const caption = 'Customers by segment on the first day (rows) and on the second day (columns)';
    expect(await screen.findByRole('table', { name: caption })).toBeInTheDocument();
    expect(screen.getByLabelText('From')).toHaveValue('2023-12-21'); // 2024-03-20 − 90 days
    expect(screen.getByLabelText('To')).toHaveValue('2024-03-20');
    expect(screen.getByText('From 2023-12-21 to 2024-03-20, customers who stayed in the same segment: 0 of 4.')).toBeInTheDocument();
    expect(tableText(caption)[0]).toEqual(['From \\ to', 'Champions', 'Loyal', 'Potential loyalists', 'New', 'At risk', 'Can’t lose them', 'Hibernating', 'Lost']);
    // Nobody had bought by 2023-12-21: all four are "not a customer yet".
    expect(tableRow(caption, 'Not a customer yet')).toEqual(['Not a customer yet', '1', '1', '0', '0', '0', '0', '1', '1']);

    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2024-02-07' } });
    await screen.findByText('From 2024-02-07 to 2024-03-20, customers who stayed in the same segment: 0 of 4.');
    expect(tableRow(caption, 'Champions')).toEqual(['Champions', '0', '1', '0', '0', '0', '0', '0', '0']);
    expect(tableRow(caption, 'At risk')).toEqual(['At risk', '1', '0', '0', '0', '0', '0', '0', '0']);
    expect(tableRow(caption, 'Hibernating')).toEqual(['Hibernating', '0', '0', '0', '0', '0', '0', '0', '1']);
    expect(tableRow(caption, 'Not a customer yet')).toEqual(['Not a customer yet', '0', '0', '0', '0', '0', '0', '1', '0']);
  });

  it('takes the migration days in the Solar Hijri calendar when it is chosen', async () => {
    useAppStore.getState().setSettings({ calendar: 'jalali' });
    renderWithEngine(<RfmPanel />, await loadEngine([ORDERS]));
    const caption = 'Customers by segment on the first day (rows) and on the second day (columns)';
    expect(await screen.findByRole('table', { name: caption })).toBeInTheDocument();
    // 2023-12-21 = 30 Azar 1402 (1 Dey 1402 = 2023-12-22); 2024-03-20 = 1 Farvardin 1403.
    expect(screen.getByLabelText('From')).toHaveValue('1402/09/30');
    expect(screen.getByLabelText('To')).toHaveValue('1403/01/01');
    // 2024-02-07 = 18 Bahman 1402 (1 Bahman = 2024-01-21): the same matrix as the Gregorian case above.
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '1402/11/18' } });
    await waitFor(() => expect(tableRow(caption, 'Champions')).toEqual(['Champions', '0', '1', '0', '0', '0', '0', '0', '0']));
    expect(tableRow(caption, 'At risk')).toEqual(['At risk', '1', '0', '0', '0', '0', '0', '0', '0']);
  });

  it('explains a “from” day after the “to” day', async () => {
    renderWithEngine(<RfmPanel />, await loadEngine([ORDERS]));
    await screen.findByLabelText('From');
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2024-01-31' } });
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2024-03-01' } });
    expect(await screen.findByText(/The “from” day is after the “to” day/)).toBeInTheDocument();
  });

  it('shows the segment grid in its definition', async () => {
    renderWithEngine(<RfmPanel />, await loadEngine([ORDERS]));
    const grid = 'Segment by recency score (R) and frequency–monetary score (FM)';
    expect(await screen.findByRole('table', { name: grid })).toBeInTheDocument();
    expect(tableRow(grid, 'R 5')).toEqual(['R 5', 'New', 'Potential loyalists', 'Potential loyalists', 'Champions', 'Champions']);
    expect(tableRow(grid, 'R 1')).toEqual(['R 1', 'Lost', 'Lost', 'At risk', 'At risk', 'Can’t lose them']);
  });
});
