// @vitest-environment jsdom
/**
 * The surveys panel on four-customers-surveys.csv with the orders of four-customers-three-months.csv.
 * NPS answers: ana 10, ben 9 (promoters), dee 7 (passive), cyd 3 and an anonymous 6 (detractors):
 *   NPS = (2 − 2)/5 = 0; Wald var = (0.4 + 0.4 − 0²)/5 = 0.16 → ± 1.959964 × 0.4 = ± 78.4.
 * CSAT answers 5, 4, 2, 4 → 3/4 = 75%; Wilson: centre (0.75 + z²/8)/(1 + z²/4) = 0.6275,
 *   half-width 1.96 × √(0.75 × 0.25/4 + z²/64)/(1 + z²/4) = 0.3269 → 30.1% to 95.4%. No CES answers.
 * Linked value (30-day window, as of 2024-03-20): promoters ana, ben both repeat and bought after
 *   02-19 → 100%, 100%, revenue (240 + 75)/2 = 157.5; passive dee: 0%, 0% (02-15), $40; detractor cyd: $30.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { SurveysPanel } from '../../../src/panels/surveys/SurveysPanel';
import { expectNoBrokenNumbers, figure, loadEngine, ORDERS, renderWithEngine, resetStore, SURVEYS, tableRow } from './renderPanel';

beforeEach(() => resetStore({ churnWindowDays: 30 }));

describe('SurveysPanel', () => {
  it('shows the NPS with its interval, as a gauge and as figures', async () => {
    const { container } = renderWithEngine(<SurveysPanel />, await loadEngine([ORDERS, SURVEYS]));
    expect(await screen.findByRole('group', { name: 'NPS' })).toBeInTheDocument();
    expect(figure('NPS')).toEqual({ value: '0', text: '0' });
    expect(screen.getByText('95% interval -78.4 to +78.4 (Wald); answers: 5')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'NPS gauge: 0 on a scale from −100 to +100, 95% interval -78.4 to +78.4; answers: 5' })).toBeInTheDocument();
    expect(figure('Promoters (9–10)')).toEqual({ value: '40', text: '40.0%' });
    expect(figure('Detractors (0–6)').value).toBe('40');
    expect(figure('Passives (7–8)').value).toBe('1');
    expect(tableRow('NPS answers by score (0–10)', '3')).toEqual(['3', '1']);
    expect(tableRow('NPS answers by score (0–10)', '8')).toEqual(['8', '0']);
    // January: ana 10, ben 9, cyd 3 → (2 − 1)/3 = +33.3; March: the anonymous 6 → −100.
    expect(tableRow('NPS per period with its 95% interval', '2024-01')).toEqual(['2024-01', '3', '+33.3', '-73.4', '+100']);
    expect(tableRow('NPS per period with its 95% interval', '2024-03')).toEqual(['2024-03', '1', '-100', '-100', '-100']);
    expectNoBrokenNumbers(container);
  });

  it('shows CSAT with its Wilson interval, and says there is no CES answer', async () => {
    renderWithEngine(<SurveysPanel />, await loadEngine([ORDERS, SURVEYS]));
    expect(await screen.findByRole('group', { name: 'CSAT' })).toBeInTheDocument();
    expect(figure('CSAT')).toEqual({ value: '75', text: '75.0%' });
    expect(screen.getByText('95% interval 30.1% to 95.4% (Wilson); answers: 4')).toBeInTheDocument();
    expect(tableRow('CSAT answers by score (1–5)', '4')).toEqual(['4', '2']);
    expect(screen.getByText('No valid CES answer (1–7) in this selection.')).toBeInTheDocument();
  });

  it('compares the retention and value of promoters, passives and detractors', async () => {
    renderWithEngine(<SurveysPanel />, await loadEngine([ORDERS, SURVEYS]));
    const caption = 'Retention and value by NPS group';
    expect(await screen.findByRole('table', { name: caption })).toBeInTheDocument();
    expect(tableRow(caption, 'Promoters')).toEqual(['Promoters', '2', '100.0%', '100.0%', '$158']);
    expect(tableRow(caption, 'Passives')).toEqual(['Passives', '1', '0.0%', '0.0%', '$40']);
    expect(tableRow(caption, 'Detractors')).toEqual(['Detractors', '1', '0.0%', '0.0%', '$30']);
    expect(screen.getByText('NPS answers with the id of a customer in the orders: 4 of 5 (customers: 4).')).toBeInTheDocument();
    expect(screen.getByText('Retention = bought within the churn window (30 days) up to 2024-03-20.')).toBeInTheDocument();
  });

  it('says plainly when no survey file is loaded and which columns one needs', async () => {
    renderWithEngine(<SurveysPanel />, await loadEngine([ORDERS]));
    expect(await screen.findByText('No survey file is loaded.')).toBeInTheDocument();
    expect(screen.getByText(/a score \(named score, rating, nps, csat or ces\) and the answer’s date/)).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'NPS' })).not.toBeInTheDocument();
  });
});
