// @vitest-environment jsdom
/**
 * The language switcher on the whole page with the real engine in-process, on
 * three-months-with-refund.csv (10 orders, first purchases 2024-01-03 … 2024-03-18).
 * Jalali cohorts, hand-computed (Dey 1 1402 = 2023-12-22, Bahman 1 = 2024-01-21,
 * Esfand 1 = 2024-02-20, Farvardin 1 1403 = 2024-03-20):
 *   alice 01-03, bob 01-10, carol 01-15 → Dey 1402 (3); dave 02-11 → Bahman 1402 (1);
 *   erin 02-25, frank 03-18 → Esfand 1402 (2).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { App } from '../../../src/App';
import { Engine } from '../../../src/worker/engine';
import { inProcessClient } from '../../../src/worker/client';
import { DEFAULT_SETTINGS } from '../../../src/metrics/settings';
import { EMPTY_ENGINE, useAppStore } from '../../../src/store/store';
import { en } from '../../../src/i18n/messages';
import { fa } from '../../../src/i18n/fa';
import { ar } from '../../../src/i18n/ar';
import type { Catalogue, Message } from '../../../src/i18n/catalogue';

const FIXTURE = 'test/fixtures/e2e/three-months-with-refund.csv';

/** A plain message of a catalogue (the ones used here have no plural forms). */
function text(catalogue: Partial<Catalogue>, key: keyof Catalogue): string {
  const message: Message | undefined = catalogue[key] ?? en[key];
  if (typeof message !== 'string') throw new Error(`${key} is not a plain message`);
  return message;
}

function kpiText(catalogue: Partial<Catalogue>): string {
  return within(screen.getByRole('group', { name: text(catalogue, 'kpi.orders') })).getByRole('definition').textContent ?? '';
}

function cohortLabels(): string[] {
  const table = document.querySelector('table.heatmap');
  if (!table) throw new Error('no cohort table');
  return within(table as HTMLElement)
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent ?? '');
}

async function openDashboard() {
  const user = userEvent.setup();
  render(<App client={inProcessClient(new Engine())} />);
  await user.upload(screen.getByLabelText('Upload files'), new File([readFileSync(FIXTURE)], 'three-months-with-refund.csv', { type: 'text/csv' }));
  await user.click(await screen.findByRole('button', { name: 'Load all' })); // the mapping screen
  await waitFor(() => expect(kpiText(en)).toBe('10'));
  return user;
}

beforeEach(() => {
  window.history.replaceState(null, '', '/');
  useAppStore.setState({ engine: EMPTY_ENGINE, problems: [], upload: null, stored: {}, settings: DEFAULT_SETTINGS, filters: {}, clickThrough: null, openPanel: null, theme: 'system' });
});

afterEach(() => {
  useAppStore.getState().setLocale('en');
  useAppStore.getState().setDigits('locale');
  window.history.replaceState(null, '', '/');
});

describe('language switcher', () => {
  it('turns the page Persian: right to left, Persian texts and digits, Solar Hijri cohorts, Saturday weeks', async () => {
    const user = await openDashboard();
    expect(document.documentElement.dir).toBe('ltr');
    await user.selectOptions(screen.getByLabelText('Language'), 'fa');

    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('fa');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(text(fa, 'app.title'));
    await waitFor(() => expect(kpiText(fa)).toBe('۱۰'));
    expect(screen.getByLabelText(text(fa, 'controls.calendar'))).toHaveValue('jalali');
    expect(screen.getByLabelText(text(fa, 'controls.weekStart'))).toHaveValue('6');
    await waitFor(() => expect(cohortLabels()).toEqual(['دی ۱۴۰۲', 'بهمن ۱۴۰۲', 'اسفند ۱۴۰۲']));
    expect(window.location.search).toBe('?lang=fa');

    await user.selectOptions(screen.getByLabelText(text(fa, 'locale.digits')), 'latin');
    await waitFor(() => expect(kpiText(fa)).toBe('10'));
    await waitFor(() => expect(cohortLabels()).toEqual(['دی 1402', 'بهمن 1402', 'اسفند 1402'])); // the heat map is drawn again in its turn
    expect(window.location.search).toBe('?lang=fa&digits=latin');
  });

  it('turns the page Arabic with Arabic-Indic digits and Gregorian months, and back to English', async () => {
    const user = await openDashboard();
    await user.selectOptions(screen.getByLabelText('Language'), 'ar');
    expect(document.documentElement.dir).toBe('rtl');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(text(ar, 'app.title'));
    await waitFor(() => expect(kpiText(ar)).toBe('١٠'));
    expect(screen.getByLabelText(text(ar, 'controls.calendar'))).toHaveValue('gregorian');
    await waitFor(() => expect(cohortLabels()).toEqual(['يناير ٢٠٢٤', 'فبراير ٢٠٢٤', 'مارس ٢٠٢٤'])); // the heat map mounts in its turn

    await user.selectOptions(screen.getByLabelText(text(ar, 'locale.language')), 'en');
    expect(document.documentElement.dir).toBe('ltr');
    await waitFor(() => expect(kpiText(en)).toBe('10'));
    await waitFor(() => expect(cohortLabels()).toEqual(['January 2024', 'February 2024', 'March 2024']));
    expect(window.location.search).toBe('');
  });

  it('takes Persian and Arabic-Indic digits in the number fields and shows their values in the page digits', async () => {
    const user = await openDashboard();
    await user.selectOptions(screen.getByLabelText('Language'), 'fa');
    const churn = screen.getByLabelText(text(fa, 'controls.churnWindow'));
    await waitFor(() => expect(churn.getAttribute('placeholder')).toMatch(/^[۰-۹]+$/));
    fireEvent.change(churn, { target: { value: '۱۸۰' } });
    expect(useAppStore.getState().settings.churnWindowDays).toBe(180);
    const margin = screen.getByLabelText(text(fa, 'controls.margin'));
    fireEvent.change(margin, { target: { value: '٣٧٫٥' } }); // Arabic-Indic digits, Arabic decimal separator
    expect(useAppStore.getState().settings.marginPercent).toBe(37.5);
    // A value set elsewhere (a link) is shown in Persian digits.
    act(() => useAppStore.getState().setSettings({ churnWindowDays: 90 }));
    expect(churn).toHaveValue('۹۰');
  });

  it('takes Solar Hijri dates in the date range, with Persian digits, and says when one is invalid', async () => {
    const user = await openDashboard();
    await user.selectOptions(screen.getByLabelText('Calendar'), 'jalali');
    const from = screen.getByLabelText('From');
    expect(from).toHaveValue('1402/10/13'); // 2024-01-03
    // From 1 Esfand 1402 (2024-02-20): orders 1007 1008 1009 1010 1011 (1006 is a refund) → 5.
    fireEvent.change(from, { target: { value: '۱۴۰۲/۱۲/۰۱' } });
    await waitFor(() => expect(kpiText(en)).toBe('5'));
    fireEvent.change(from, { target: { value: '1402/12/30' } }); // Esfand 1402 has 29 days
    expect(from).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('Enter a Solar Hijri date as year/month/day, from 1402/10/13 to 1403/01/09.');
    expect(kpiText(en)).toBe('5');
  });
});
