/**
 * The first chart a page draws costs far more than the next ones: V8 compiles Recharts' code on
 * first use. In Chromium on the sample, the dashboard's first chart was one 90–110 ms task while a
 * file loaded. warmUpCharts() draws one small chart of each kind the dashboard uses, out of
 * sight and out of the accessibility tree, while the page is idle before a file is chosen, one
 * per idle callback, and removes each at once. A step waits while a file is being read (its
 * results could arrive during the step) and none runs once the page has drawn a chart of its own.
 */
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { Bar, BarChart, CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { VALUE_LINES_ONLY } from './ticks';
import { useAppStore } from '../../store/store';

type Schedule = (step: () => void) => void;

const whenIdle: Schedule = (step) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => step(), { timeout: 3000 });
  else setTimeout(step, 300);
};

const POINTS = [
  { label: '2024-01', value: 100, other: 40 },
  { label: '2024-02', value: 42, other: 30 },
  { label: '2024-03', value: 35, other: 20 },
];

const CHARTS = [
  <LineChart key="line" width={320} height={160} data={POINTS}>
    <CartesianGrid {...VALUE_LINES_ONLY} />
    <XAxis dataKey="label" interval={0} />
    <YAxis interval={0} />
    <Tooltip />
    <Line type="monotone" dataKey="value" dot={false} isAnimationActive={false} />
  </LineChart>,
  <BarChart key="bar" width={320} height={160} data={POINTS}>
    <CartesianGrid {...VALUE_LINES_ONLY} />
    <XAxis dataKey="label" interval={0} />
    <YAxis interval={0} />
    <Tooltip />
    <Bar dataKey="value" stackId="s" isAnimationActive={false} />
    <Bar dataKey="other" stackId="s" isAnimationActive={false} />
  </BarChart>,
];

export function warmUpCharts(schedule: Schedule = whenIdle): void {
  if (typeof document === 'undefined') return;
  const steps = [...CHARTS];
  const next = (): void => {
    if (document.querySelector('.chart .recharts-wrapper')) return;
    if (useAppStore.getState().upload !== null) return schedule(next);
    const chart = steps.shift();
    if (!chart) return;
    const host = document.createElement('div');
    host.setAttribute('aria-hidden', 'true');
    host.style.cssText = 'position:fixed;inset-inline-start:-10000px;inset-block-start:0;inline-size:320px;block-size:160px;visibility:hidden;pointer-events:none;contain:strict';
    document.body.append(host);
    const root = createRoot(host);
    flushSync(() => root.render(chart));
    root.unmount();
    host.remove();
    schedule(next);
  };
  schedule(next);
}
