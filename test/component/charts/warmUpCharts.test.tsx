// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { warmUpCharts } from '../../../src/ui/charts/warmUpCharts';
import { useAppStore } from '../../../src/store/store';

/** Runs the warm-up with a hand-cranked schedule; returns the chart parts each step drew (the nodes it added, kept after their removal). */
function crank(): { steps: number; drawn: string[]; leftOver: number } {
  const queue: (() => void)[] = [];
  const drawn: string[] = [];
  const observer = new MutationObserver(() => undefined);
  observer.observe(document.body, { childList: true, subtree: true });
  warmUpCharts((step) => queue.push(step));
  let steps = 0;
  while (queue.length > 0 && steps < 20) {
    queue.shift()!();
    for (const record of observer.takeRecords()) {
      for (const node of record.addedNodes) {
        if (node instanceof Element) drawn.push(...[node, ...node.querySelectorAll('*')].filter((e) => e.matches('.recharts-line, .recharts-bar')).map((e) => e.getAttribute('class') ?? ''));
      }
    }
    steps++;
  }
  observer.disconnect();
  // Recharts keeps one hidden span of its own for measuring text (id recharts_measurement_span).
  return { steps, drawn, leftOver: [...document.body.children].filter((e) => e.id !== 'recharts_measurement_span').length };
}

describe('warmUpCharts', () => {
  afterEach(() => {
    useAppStore.getState().finishUpload();
    document.body.replaceChildren();
  });

  it('draws a line chart and a bar chart, one per idle step, out of sight, and leaves nothing behind', () => {
    const { steps, drawn, leftOver } = crank();
    expect(steps).toBe(3); // two charts, then the step that finds none left
    expect(drawn.some((c) => c.includes('recharts-line'))).toBe(true);
    expect(drawn.some((c) => c.includes('recharts-bar'))).toBe(true);
    expect(leftOver).toBe(0);
  });

  it('waits while a file is being read, and draws nothing once the page shows a chart of its own', () => {
    useAppStore.getState().startUpload('orders.csv', 'load-1', 'loading');
    const queue: (() => void)[] = [];
    warmUpCharts((step) => queue.push(step));
    for (let i = 0; i < 5; i++) queue.shift()!();
    expect(queue).toHaveLength(1); // still waiting, rescheduled each time
    expect(document.body.childElementCount).toBe(0);

    useAppStore.getState().finishUpload();
    document.body.innerHTML = '<div class="chart"><div class="recharts-wrapper"></div></div>';
    queue.shift()!();
    expect(queue).toHaveLength(0);
    expect(document.body.childElementCount).toBe(1);
  });
});
