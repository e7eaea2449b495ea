/**
 * Charts mount one per task, in the order they ask. Drawing a tab's charts at once was one long
 * main-thread task (React, then Recharts measuring tick labels in the DOM and drawing each chart a
 * second time from its own store): about 100 ms on the sample, in which the page did not answer.
 * One chart per task keeps each task short; the charts appear within a few frames, top first
 * (heat maps after the charts waiting, see waitingLast). Only the first drawing waits: a chart
 * already shown redraws with its new data at once.
 */
import { createContext, startTransition, useContext, useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';

const waiting: (() => void)[] = [];
/**
 * Heat maps wait until no chart is waiting: inserting a table of hundreds of cells leaves the
 * page's layout to be done again, and the next chart's first drawing measures its labels in the
 * DOM, which forced that layout inside its own task (15–25 ms more of the load's longest task at
 * 100k orders). Drawn last, the table's layout happens in the browser's next frame instead.
 */
const waitingLast: (() => void)[] = [];
/** A chart has its turn and has not been drawn yet: the next waits for it. */
let drawing = false;

function giveNextTurn(): void {
  const next = waiting.shift() ?? waitingLast.shift();
  drawing = next !== undefined;
  next?.();
}

/** After a chart is drawn, the next one gets its turn in a task of its own. */
function turnDone(): void {
  setTimeout(giveNextTurn, 0);
}

/** False until this chart's turn to mount has come (then true for good); `last`: after every chart waiting. */
export function useMountTurn(last = false): boolean {
  const [turn, setTurn] = useState(false);
  // Given the turn and not yet drawn ('holding'): the turn must be passed on, also if the chart goes away first.
  const state = useRef<'waiting' | 'holding' | 'passed'>('waiting');
  useEffect(() => {
    if (state.current !== 'waiting') return;
    const take = (): void => {
      state.current = 'holding';
      // As a transition: React builds the chart's elements in slices of a few ms, yielding to the
      // page between them, instead of in one task (a heat map's cells took 20–30 ms at once).
      startTransition(() => setTurn(true));
    };
    const queue = last ? waitingLast : waiting;
    queue.push(take);
    if (!drawing) {
      drawing = true;
      turnDone();
    }
    return () => {
      const at = queue.indexOf(take);
      if (at >= 0) queue.splice(at, 1);
      if (state.current === 'holding') {
        state.current = 'passed';
        turnDone();
      }
    };
    // `last` is read once, when the chart asks: it keeps its place in line.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useEffect(() => {
    if (turn && state.current === 'holding') {
      state.current = 'passed';
      turnDone();
    }
  }, [turn]);
  return turn;
}

/** The size of a chart's box and its font size, in px (0 until the box has been laid out). */
export interface ChartFrame {
  width: number;
  height: number;
  fontPx: number;
}

const NO_FRAME: ChartFrame = { width: 0, height: 0, fontPx: 0 };
const ChartFrameContext = createContext<ChartFrame>(NO_FRAME);

/** The frame of the ChartBox this chart draws in (ticks.ts spaces axis labels with it). */
export function useChartFrame(): ChartFrame {
  return useContext(ChartFrameContext);
}

/**
 * The box's size from a ResizeObserver: it reports after the browser's own layout, so reading
 * the size forces no layout of its own (the chart waits for its turn meanwhile).
 */
function useFrame(box: RefObject<HTMLDivElement | null>): ChartFrame {
  const [frame, setFrame] = useState(NO_FRAME);
  useEffect(() => {
    const element = box.current;
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver((entries) => {
      const rect = entries[entries.length - 1]!.contentRect;
      const next = { width: Math.round(rect.width), height: Math.round(rect.height), fontPx: Number.parseFloat(getComputedStyle(element).fontSize) || 16 };
      setFrame((previous) => (previous.width === next.width && previous.height === next.height && previous.fontPx === next.fontPx ? previous : next));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [box]);
  return frame;
}

/** The box a chart draws in (its size set by CSS), labelled as one image; the chart mounts on its turn. */
export function ChartBox(props: { label: string; children: ReactNode }) {
  const drawn = useMountTurn();
  const box = useRef<HTMLDivElement>(null);
  const frame = useFrame(box);
  return (
    <div ref={box} className="chart" role="img" aria-label={props.label} aria-busy={!drawn}>
      <ChartFrameContext.Provider value={frame}>{drawn ? props.children : null}</ChartFrameContext.Provider>
    </div>
  );
}
