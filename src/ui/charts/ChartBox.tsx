/**
 * Charts mount one per task, in the order they ask. Drawing a tab's charts at once was one long
 * main-thread task (React, then Recharts measuring tick labels in the DOM and drawing each chart a
 * second time from its own store): about 100 ms on the sample, in which the page did not answer.
 * One chart per task keeps each task short; the charts appear within a few frames, top first.
 * Only the first drawing waits: a chart already shown redraws with its new data at once.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';

const waiting: (() => void)[] = [];
/** A chart has its turn and has not been drawn yet: the next waits for it. */
let drawing = false;

function giveNextTurn(): void {
  const next = waiting.shift();
  drawing = next !== undefined;
  next?.();
}

/** After a chart is drawn, the next one gets its turn in a task of its own. */
function turnDone(): void {
  setTimeout(giveNextTurn, 0);
}

/** False until this chart's turn to mount has come (then true for good). */
export function useMountTurn(): boolean {
  const [turn, setTurn] = useState(false);
  // Given the turn and not yet drawn ('holding'): the turn must be passed on, also if the chart goes away first.
  const state = useRef<'waiting' | 'holding' | 'passed'>('waiting');
  useEffect(() => {
    if (state.current !== 'waiting') return;
    const take = (): void => {
      state.current = 'holding';
      setTurn(true);
    };
    waiting.push(take);
    if (!drawing) {
      drawing = true;
      turnDone();
    }
    return () => {
      const at = waiting.indexOf(take);
      if (at >= 0) waiting.splice(at, 1);
      if (state.current === 'holding') {
        state.current = 'passed';
        turnDone();
      }
    };
  }, []);
  useEffect(() => {
    if (turn && state.current === 'holding') {
      state.current = 'passed';
      turnDone();
    }
  }, [turn]);
  return turn;
}

/** The box a chart draws in (its size set by CSS), labelled as one image; the chart mounts on its turn. */
export function ChartBox(props: { label: string; children: ReactNode }) {
  const drawn = useMountTurn();
  return (
    <div className="chart" role="img" aria-label={props.label} aria-busy={!drawn}>
      {drawn ? props.children : null}
    </div>
  );
}
