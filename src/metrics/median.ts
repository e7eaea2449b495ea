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

/**
 * The middle values are found by selection (linear time on average) instead of a full sort: the
 * dashboard takes medians of hundreds of thousands of customers and orders. The result is the
 * one the sorted list gives, signed zeros and NaN included.
 */
export function median(values: ArrayLike<number>): number | null {
  const n = values.length;
  if (n === 0) return null;
  const copy = Float64Array.from(values);
  for (let i = 0; i < n; i++) {
    // NaN compares false with everything, so selection cannot place it: sort (NaN goes last).
    if (Number.isNaN(copy[i]!)) return medianSorted(copy.sort());
  }
  const middle = Math.floor(n / 2);
  const upper = selectInPlace(copy, middle);
  if (n % 2 === 1) return sortedSign(values, middle, upper);
  // After selection every value left of `middle` is ≤ the selected one: the lower middle is their maximum.
  let lower = copy[0]!;
  for (let i = 1; i < middle; i++) if (copy[i]! > lower) lower = copy[i]!;
  return (sortedSign(values, middle - 1, lower) + sortedSign(values, middle, upper)) / 2;
}

/** The median of values already sorted ascending (typed-array order); null when empty. */
export function medianSorted(sorted: ArrayLike<number>): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const middle = Math.floor(n / 2);
  return n % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Rearranges `values` so that values[k] is the k-th smallest, smaller-or-equal values before it
 * and greater-or-equal after (Hoare's quickselect with a median-of-three pivot; equal values stop
 * both scans, so long runs of equal amounts stay linear). Returns values[k]. No NaN allowed.
 */
function selectInPlace(values: Float64Array, k: number): number {
  let left = 0;
  let right = values.length - 1;
  while (right > left) {
    const mid = (left + right) >>> 1;
    if (values[mid]! < values[left]!) swap(values, mid, left);
    if (values[right]! < values[left]!) swap(values, right, left);
    if (values[right]! < values[mid]!) swap(values, right, mid);
    const pivot = values[mid]!;
    let i = left;
    let j = right;
    while (i <= j) {
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
      if (i <= j) {
        swap(values, i, j);
        i++;
        j--;
      }
    }
    // Now values[left..j] ≤ pivot ≤ values[i..right], and everything strictly between equals pivot.
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else break;
  }
  return values[k]!;
}

function swap(values: Float64Array, a: number, b: number): void {
  const t = values[a]!;
  values[a] = values[b]!;
  values[b] = t;
}

/**
 * Selection compares −0 and +0 as equal, a typed-array sort puts −0 first: a zero at sorted
 * position k is −0 exactly when k falls among the −0s (after the negatives). Only zeros need this.
 */
function sortedSign(values: ArrayLike<number>, k: number, value: number): number {
  if (value !== 0) return value;
  let negatives = 0;
  let negativeZeros = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v < 0) negatives++;
    else if (v === 0 && Object.is(v, -0)) negativeZeros++;
  }
  return k >= negatives && k < negatives + negativeZeros ? -0 : 0;
}
