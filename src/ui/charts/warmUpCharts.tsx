/**
 * The first chart a page draws costs far more than the next ones: V8 compiles Recharts' code on
 * first use. In Chromium on the sample, the dashboard's first chart was one 90–110 ms task while a
 * file loaded. warmUpCharts() draws one small chart of each kind the dashboard uses, out of
 * sight and out of the accessibility tree, while the page is idle before a file is chosen, one
 * per idle callback, as a transition (drawn in slices of a few milliseconds), and removes each
 * once drawn. A step waits while a file is being read, a drawing under way is dropped when a file
 * is chosen (and tried again later), and none runs once the page has drawn a chart of its own.
 */
import { startTransition, useEffect, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { Bar, BarChart, CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { VALUE_LINES_ONLY } from './ticks';
import { useAppStore } from '../../store/store';
import { whenIdle, type Schedule } from '../../i18n/warmUp';

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

function WhenDrawn(props: { chart: ReactElement; onDrawn: () => void }) {
  const { onDrawn } = props;
  useEffect(() => onDrawn(), [onDrawn]);
  return props.chart;
}

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
    let finished = false;
    const finish = (again: boolean): void => {
      if (finished) return;
      finished = true;
      stopWatching();
      root.unmount();
      host.remove();
      if (again) steps.unshift(chart);
      schedule(next);
    };
    // A file chosen meanwhile: the drawing is dropped (React discards an unfinished transition) and tried again later.
    const stopWatching = useAppStore.subscribe((state) => {
      if (state.upload !== null) finish(true);
    });
    // Recharts draws its lines and bars in passes after the first commit: done once they are there
    // (looked for in tasks of their own: a root cannot be unmounted from inside its own commit).
    let looks = 0;
    const drawn = (): void => {
      setTimeout(() => {
        if (host.querySelector('.recharts-line, .recharts-bar') !== null || ++looks >= 20) finish(false);
        else drawn();
      }, 0);
    };
    // A transition: React draws it in slices of a few milliseconds, yielding to the page in between.
    startTransition(() => root.render(<WhenDrawn chart={chart} onDrawn={drawn} />));
  };
  schedule(next);
}
