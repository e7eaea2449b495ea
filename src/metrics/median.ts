/**
 * Mean and median of a list of numbers, null for an empty list (never NaN).
 * Median: the middle value of the sorted list, or the mean of the two middle values when the
 * count is even (the usual sample median, e.g. Hyndman & Fan 1996, definition 2 at p = ½).
 */

export function mean(values: ArrayLike<number>): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]!;
  return sum / values.length;
}

export function median(values: ArrayLike<number>): number | null {
  const n = values.length;
  if (n === 0) return null;
  const sorted = Float64Array.from(values).sort();
  const middle = Math.floor(n / 2);
  return n % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
