// @vitest-environment jsdom
/** An error in one panel stays in that panel: message, Copy details (clipboard or a selected textarea), Try again. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { ErrorBoundary } from '../../../src/ui/ErrorBoundary';

let failing = true;
function FragilePanel() {
  if (failing) throw new Error('cohort grid overflow');
  return <p>Fragile panel recovered</p>;
}

function Page({ resetKey = 0 }: { resetKey?: number }) {
  return (
    <main>
      <ErrorBoundary name="Churn" resetKey={resetKey}>
        <FragilePanel />
      </ErrorBoundary>
      <ErrorBoundary name="Overview">
        <p>Orders: 10</p>
      </ErrorBoundary>
    </main>
  );
}

afterEach(() => {
  failing = true;
  vi.restoreAllMocks();
});

describe('ErrorBoundary', () => {
  it('shows the failure inside the broken panel and keeps its sibling on the page', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined); // React logs the caught error
    render(<Page />);
    const alert = screen.getByRole('alert', { name: 'Churn stopped working' });
    expect(within(alert).getByRole('heading', { name: 'Churn stopped working' })).toBeInTheDocument();
    expect(screen.getByText('Orders: 10')).toBeInTheDocument();
    const details = within(alert).getByLabelText<HTMLTextAreaElement>('Error details').value;
    expect(details.startsWith('Churn\nError: cohort grid overflow\n')).toBe(true);
    expect(details).toContain('Components:');
  });

  it('copies the details to the clipboard', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const user = userEvent.setup();
    const writeText = vi.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<Page />);
    await user.click(screen.getByRole('button', { name: 'Copy details' }));
    expect(writeText).toHaveBeenCalledTimes(1);
    expect(writeText.mock.calls[0]![0]).toContain('Churn\nError: cohort grid overflow');
    expect(await screen.findByText('Details copied to the clipboard.')).toBeInTheDocument();
  });

  it('falls back to selecting the details when the clipboard refuses', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const user = userEvent.setup();
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) }, configurable: true });
    render(<Page />);
    await user.click(screen.getByRole('button', { name: 'Copy details' }));
    expect(await screen.findByText(/press Ctrl\+C/)).toBeInTheDocument();
    const textarea = screen.getByLabelText<HTMLTextAreaElement>('Error details');
    expect(document.activeElement).toBe(textarea);
    expect(textarea.selectionEnd - textarea.selectionStart).toBe(textarea.value.length);
  });

  it('renders the panel again on "Try again" and when its reset key changes', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const user = userEvent.setup();
    const { rerender } = render(<Page resetKey={1} />);
    failing = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('Fragile panel recovered')).toBeInTheDocument();

    failing = true;
    function Switch() {
      const [key, setKey] = useState(1);
      return (
        <>
          <button type="button" onClick={() => setKey(key + 1)}>
            new data
          </button>
          <Page resetKey={key} />
        </>
      );
    }
    rerender(<Switch />);
    expect(await screen.findByRole('alert', { name: 'Churn stopped working' })).toBeInTheDocument();
    failing = false;
    await user.click(screen.getByRole('button', { name: 'new data' }));
    expect(screen.getByText('Fragile panel recovered')).toBeInTheDocument();
  });
});
