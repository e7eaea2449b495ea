/**
 * Charts mount one per task, in the order they ask. Drawing a tab's charts at once was one long
 * main-thread task (React, then Recharts measuring tick labels in the DOM and drawing each chart a
 * second time from its own store): about 100 ms on the sample, in which the page did not answer.
 * One chart per task keeps each task short; the charts appear within a few frames, top first.
 * Only the first drawing waits: a chart already shown redraws with its new data at once.
 */
import { useEffect, useState } from 'react';

const waiting: (() => void)[] = [];
let scheduled = false;

function mountNext(): void {
  scheduled = false;
  waiting.shift()?.();
  if (waiting.length > 0) schedule();
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  setTimeout(mountNext, 0);
}

/** False until this chart's turn to mount has come (then true for good). */
export function useMountTurn(): boolean {
  const [turn, setTurn] = useState(false);
  useEffect(() => {
    const take = (): void => setTurn(true);
    waiting.push(take);
    schedule();
    return () => {
      const at = waiting.indexOf(take);
      if (at >= 0) waiting.splice(at, 1);
    };
  }, []);
  return turn;
}
