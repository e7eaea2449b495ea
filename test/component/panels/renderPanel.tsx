/**
 * Renders an analysis panel against the real engine in-process (no worker in jsdom), with the
 * given files loaded, as the app does: QueryClientProvider + EngineProvider, engine state in the store.
 */
import type { ReactElement } from 'react';
import { readFileSync } from 'node:fs';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { Engine } from '../../../src/worker/engine';
import { inProcessClient } from '../../../src/worker/client';
import { EngineProvider } from '../../../src/queries/engineContext';
import { EMPTY_ENGINE, useAppStore } from '../../../src/store/store';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/metrics/settings';

export const FIXTURES = 'test/component/panels/fixtures';
export const ORDERS = `${FIXTURES}/four-customers-three-months.csv`;
export const SPEND = `${FIXTURES}/four-customers-spend.csv`;
export const EVENTS = `${FIXTURES}/four-customers-events.csv`;
export const SURVEYS = `${FIXTURES}/four-customers-surveys.csv`;

export async function loadEngine(paths: readonly string[]): Promise<Engine> {
  const engine = new Engine();
  for (const path of paths) {
    const outcome = await engine.load(new Uint8Array(readFileSync(path)), { fileName: path.split('/').pop()! });
    if (!outcome.ok) throw new Error(`${path}: ${outcome.message}`);
  }
  return engine;
}

/** Resets what the user chose, then applies the settings a test needs. */
export function resetStore(settings: Partial<Settings> = {}): void {
  useAppStore.setState({ engine: EMPTY_ENGINE, settings: { ...DEFAULT_SETTINGS, ...settings }, filters: {}, problems: [], upload: null });
}

export function renderWithEngine(ui: ReactElement, engine: Engine) {
  useAppStore.getState().setEngineState(engine.state());
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } } });
  return render(
    <QueryClientProvider client={queryClient}>
      <EngineProvider client={inProcessClient(engine)}>{ui}</EngineProvider>
    </QueryClientProvider>,
  );
}

/** The text of every cell of a table, row by row (header row first), as a user reads it. */
export function tableText(name: string | RegExp): string[][] {
  const table = screen.getByRole('table', { name });
  return within(table)
    .getAllByRole('row')
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));
}

/** The row of a table whose first cell is `label`. */
export function tableRow(name: string | RegExp, label: string): string[] {
  const row = tableText(name).find((cells) => cells[0] === label);
  if (!row) throw new Error(`no row "${label}" in table ${String(name)}`);
  return row;
}

/** The raw value (data-value) and the shown text of a figure card. */
export function figure(name: string | RegExp): { value: string | null; text: string } {
  const definition = within(screen.getByRole('group', { name })).getByRole('definition');
  return { value: definition.getAttribute('data-value'), text: definition.textContent ?? '' };
}

/** No figure on the page may read NaN or Infinity (every undefined figure has a dash or a sentence). */
export function expectNoBrokenNumbers(container: HTMLElement): void {
  const text = container.textContent ?? '';
  if (/NaN|Infinity/.test(text)) throw new Error(`broken number in: ${text.match(/.{0,60}(NaN|Infinity).{0,60}/)?.[0]}`);
}
