// @vitest-environment jsdom
/**
 * Every analysis panel (ANALYSIS_PANELS, as App mounts them) on data with nothing to say:
 * a sentence for each empty or undefined figure, never NaN, never a blank box.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { ANALYSIS_PANELS } from '../../../src/panels/index';
import { useAppStore } from '../../../src/store/store';
import { en } from '../../../src/i18n/messages';
import { expectNoBrokenNumbers, figure, FIXTURES, loadEngine, ORDERS, renderWithEngine, resetStore, SURVEYS, tableRow } from './renderPanel';

function AllPanels() {
  return (
    <>
      {ANALYSIS_PANELS.map(({ id, Component }) => (
        <Component key={id} />
      ))}
    </>
  );
}

beforeEach(() => resetStore());

describe('analysis panels with nothing to show', () => {
  it('lists the analysis panels in order, each with a title from the catalogue', () => {
    expect(ANALYSIS_PANELS.map((panel) => panel.id)).toEqual(['churn', 'value', 'rfm', 'surveys', 'lifecycle', 'predictive']);
    expect(ANALYSIS_PANELS.map((panel) => en[panel.titleKey])).toEqual(['Churn and retention', 'Customer value', 'RFM segments', 'Surveys: NPS, CSAT and CES', 'Lifecycle funnel', 'Predicted customer value']);
  });

  it('explains, panel by panel, that an all-refund file has no customers', async () => {
    const { container } = renderWithEngine(<AllPanels />, await loadEngine([`${FIXTURES}/all-refunded.csv`]));
    // churn: retention, repeat rate, time between orders; value: CLV, AOV, frequency, CAC,
    // concentration; lifecycle: funnel, stages → 10 sentences. RFM segments and migration → 2.
    await waitFor(() => expect(screen.getAllByText(en['panels.empty.noCustomers'])).toHaveLength(10));
    await waitFor(() => expect(screen.getAllByText(en['rfm.empty.noCustomers'])).toHaveLength(2));
    expect(screen.getByText('No survey file is loaded.')).toBeInTheDocument();
    for (const id of ['churn', 'value', 'rfm', 'surveys', 'lifecycle']) expect(container.querySelector(`section#${id}`)).not.toBeNull();
    expect(screen.queryAllByRole('table').map((table) => table.getAttribute('class'))).toEqual(['figure-table segment-grid']); // only the RFM definition's grid
    expectNoBrokenNumbers(container);
  });

  it('explains filters that leave no customer, surveys included', async () => {
    useAppStore.setState({ filters: { customerIds: ['nobody@example.com'] } });
    const { container } = renderWithEngine(<AllPanels />, await loadEngine([ORDERS, SURVEYS]));
    await waitFor(() => expect(screen.getAllByText(en['panels.empty.noCustomers'])).toHaveLength(10));
    expect(await screen.findByText(en['surveys.empty'])).toBeInTheDocument();
    expectNoBrokenNumbers(container);
  });

  it('shows one customer on one day with dashes and sentences where figures are undefined', async () => {
    const { container } = renderWithEngine(<AllPanels />, await loadEngine([`${FIXTURES}/one-customer-one-day.csv`]));
    // One period whose start has nobody active: CRR and churn are undefined.
    expect(await screen.findByRole('table', { name: 'Retention and churn per period' })).toBeInTheDocument();
    expect(tableRow('Retention and churn per period', '2024-05 (partial)')).toEqual(['2024-05 (partial)', '0', '1', '1', '1', '0', '—', '—']);
    expect(await screen.findByText(en['churn.empty.noRepeatPurchases'])).toBeInTheDocument();
    // One customer: all the revenue, Gini 0; RFM scores a lone customer 3, 3, 3 → at risk.
    expect(await screen.findByRole('group', { name: 'Gini coefficient' })).toBeInTheDocument();
    expect(figure('Gini coefficient').value).toBe('0');
    expect(figure('Revenue from the top 20% of customers').text).toBe('100.0%');
    expect(tableRow('Segments: size, revenue and average recency, frequency and monetary value', 'At risk')).toEqual(['At risk', '1', '100.0%', '$42', '100.0%', '0', '1', '$42']);
    expect(await screen.findByRole('table', { name: 'Funnel steps and conversion from the previous step' })).toBeInTheDocument();
    expect(tableRow('Funnel steps and conversion from the previous step', 'Loyal (3+ orders)')).toEqual(['Loyal (3+ orders)', '0', '—']);
    expectNoBrokenNumbers(container);
  });
});
