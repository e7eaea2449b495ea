/** The page with an in-process engine, and files as a user picks them. */
import { readFileSync } from 'node:fs';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../src/App';
import { Engine } from '../../../src/worker/engine';
import { inProcessClient, type EngineClient } from '../../../src/worker/client';
import { EMPTY_ENGINE, useAppStore } from '../../../src/store/store';

export function fixtureFile(name: string): File {
  return new File([readFileSync(`test/fixtures/e2e/${name}`)], name, { type: 'text/csv' });
}

export function kpiValue(name: string): string | null {
  return within(screen.getByRole('group', { name })).getByRole('definition').getAttribute('data-value');
}

export function resetPage(): void {
  localStorage.clear();
  useAppStore.setState({ engine: EMPTY_ENGINE, problems: [], notices: [], upload: null, stored: {}, filters: {} });
}

export function renderApp(client: EngineClient = inProcessClient(new Engine())) {
  const user = userEvent.setup();
  render(<App client={client} />);
  return { user, input: screen.getByLabelText('Upload files') };
}

export const mappingDialog = () => screen.findByRole('dialog', { name: 'Check the columns before loading' });
