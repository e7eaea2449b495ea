// @vitest-environment jsdom
/** The analysis tabs: keyboard (arrows, Home, End), the open panel in the store, a broken panel kept inside its tab. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PanelTabs, type DashboardPanel } from '../../../src/ui/controls/PanelTabs';
import { useAppStore } from '../../../src/store/store';

function Broken(): React.JSX.Element {
  throw new Error('segment grid failed');
}

const PANELS: DashboardPanel[] = [
  { id: 'cohorts', title: 'Cohorts', Component: () => <p>Cohort heat map</p> },
  { id: 'rfm', title: 'RFM', Component: Broken },
  { id: 'value', title: 'Value', Component: () => <p>Lifetime value</p> },
];

beforeEach(() => useAppStore.setState({ openPanel: null }));
afterEach(() => vi.restoreAllMocks());

describe('PanelTabs', () => {
  it('opens the first panel by default and the stored one otherwise', () => {
    const { unmount } = render(<PanelTabs panels={PANELS} />);
    expect(screen.getByRole('tab', { name: 'Cohorts' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel', { name: 'Cohorts' })).toHaveTextContent('Cohort heat map');
    unmount();
    useAppStore.setState({ openPanel: 'value' });
    render(<PanelTabs panels={PANELS} />);
    expect(screen.getByRole('tabpanel', { name: 'Value' })).toHaveTextContent('Lifetime value');
    act(() => useAppStore.setState({ openPanel: 'no-such-panel' }));
    expect(screen.getByRole('tabpanel', { name: 'Cohorts' })).toBeInTheDocument();
  });

  it('moves with the arrow keys, Home and End, wrapping around, and records the open panel', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const user = userEvent.setup();
    render(<PanelTabs panels={PANELS} />);
    await user.tab();
    expect(screen.getByRole('tab', { name: 'Cohorts' })).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('tab', { name: 'Value' })).toHaveFocus();
    expect(useAppStore.getState().openPanel).toBe('value');
    await user.keyboard('{Home}');
    expect(screen.getByRole('tab', { name: 'Cohorts' })).toHaveFocus();
    await user.keyboard('{End}');
    expect(useAppStore.getState().openPanel).toBe('value');
    await user.keyboard('{ArrowRight}');
    expect(useAppStore.getState().openPanel).toBe('cohorts');
    // Only the selected tab is in the tab order.
    expect(screen.getAllByRole('tab').map((tab) => tab.tabIndex)).toEqual([0, -1, -1]);
  });

  it('keeps an error inside its tab: the tabs and the other panels still work', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const user = userEvent.setup();
    render(<PanelTabs panels={PANELS} />);
    await user.click(screen.getByRole('tab', { name: 'RFM' }));
    expect(screen.getByRole('alert', { name: 'RFM stopped working' })).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Value' }));
    expect(screen.getByText('Lifetime value')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
