// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { warmUpCharts } from '../../../src/ui/charts/warmUpCharts';
import { useAppStore } from '../../../src/store/store';

/** Records the chart parts (Recharts classes) in nodes added to the page; drawn nodes keep their parts after their removal. */
function watchDrawing(): { drawn: () => string[]; stop: () => void } {
  let parts: string[] = [];
  const collect = (records: MutationRecord[]) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof Element) parts.push(...[node, ...node.querySelectorAll('*')].filter((e) => e.matches('.recharts-line, .recharts-bar')).map((e) => e.getAttribute('class') ?? ''));
      }
    }
  };
  const observer = new MutationObserver(collect);
  observer.observe(document.body, { childList: true, subtree: true });
  return {
    drawn: () => {
      collect(observer.takeRecords());
      const seen = parts;
      parts = [];
      return seen;
    },
    stop: () => observer.disconnect(),
  };
}

/** Elements left in the page, but for the hidden span Recharts keeps for measuring text. */
const leftOver = () => [...document.body.children].filter((e) => e.id !== 'recharts_measurement_span').length;

describe('warmUpCharts', () => {
  afterEach(() => {
    useAppStore.getState().finishUpload();
    document.body.replaceChildren();
  });

  it('draws a line chart and a bar chart, one per idle step, out of sight, and leaves nothing behind', async () => {
    const queue: (() => void)[] = [];
    const watch = watchDrawing();
    warmUpCharts((step) => queue.push(step));
    const drawn: string[][] = [];
    for (let step = 0; step < 2; step++) {
      expect(queue).toHaveLength(1);
      queue.shift()!();
      // The chart is drawn as a transition, then removed, then the next step is scheduled.
      await vi.waitFor(() => expect(queue).toHaveLength(1));
      drawn.push(watch.drawn());
      expect(leftOver()).toBe(0);
    }
    expect(drawn[0]!.some((c) => c.includes('recharts-line'))).toBe(true);
    expect(drawn[1]!.some((c) => c.includes('recharts-bar'))).toBe(true);
    queue.shift()!(); // none left: nothing drawn, nothing scheduled
    expect(queue).toHaveLength(0);
    watch.stop();
  });

  it('drops a drawing when a file is chosen and draws it again later', async () => {
    const queue: (() => void)[] = [];
    warmUpCharts((step) => queue.push(step));
    queue.shift()!();
    expect(leftOver()).toBe(1); // the hidden host, drawing
    useAppStore.getState().startUpload('orders.csv', 'load-1', 'inspecting');
    expect(leftOver()).toBe(0);
    expect(queue).toHaveLength(1);
    queue.shift()!(); // still reading: waits
    expect(queue).toHaveLength(1);
    expect(leftOver()).toBe(0);
    useAppStore.getState().finishUpload();
    const watch = watchDrawing();
    queue.shift()!();
    await vi.waitFor(() => expect(queue).toHaveLength(1));
    expect(watch.drawn().some((c) => c.includes('recharts-line'))).toBe(true);
    watch.stop();
  });

  it('draws nothing once the page shows a chart of its own', () => {
    const queue: (() => void)[] = [];
    warmUpCharts((step) => queue.push(step));
    document.body.innerHTML = '<div class="chart"><div class="recharts-wrapper"></div></div>';
    queue.shift()!();
    expect(queue).toHaveLength(0);
    expect(document.body.childElementCount).toBe(1);
  });
});
