/**
 * A sorted copy of numbers, bit for bit what Float64Array.prototype.sort gives (ascending, −0
 * before +0), by a least-significant-digit radix sort of the IEEE 754 bit patterns.
 *
 * Why: the dashboard sorts one value per customer (revenue) on every data load; a radix sort
 * takes four linear passes where the comparison sort takes n log n comparisons, about a third of
 * the time at a few hundred thousand customers. Mapping a double's bits to an unsigned integer
 * (flip every bit of a negative number, only the sign bit of a positive one) orders them as
 * numbers, with −0 just below +0 (Herf, "Radix tricks", 2001). NaN bit patterns do not all map
 * past +∞, so inputs with NaN, small inputs and big-endian platforms use the built-in sort.
 */

const RADIX_MIN_LENGTH = 2048;
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

export function sortedCopy(values: ArrayLike<number>): Float64Array {
  const sorted = Float64Array.from(values);
  const n = sorted.length;
  if (n < RADIX_MIN_LENGTH || !LITTLE_ENDIAN) return sorted.sort();
  for (let i = 0; i < n; i++) if (Number.isNaN(sorted[i]!)) return sorted.sort();
  // words[2i] is the low half of value i, words[2i + 1] the high half (sign and exponent).
  const words = new Uint32Array(sorted.buffer, sorted.byteOffset, 2 * n);
  let low = new Uint32Array(n);
  let high = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const negative = words[2 * i + 1]! >>> 31 === 1;
    low[i] = negative ? ~words[2 * i]! >>> 0 : words[2 * i]!;
    high[i] = negative ? ~words[2 * i + 1]! >>> 0 : (words[2 * i + 1]! | 0x80000000) >>> 0;
  }
  let lowOut = new Uint32Array(n);
  let highOut = new Uint32Array(n);
  const count = new Int32Array(65537);
  // Four stable passes of 16 bits, least significant first: low word, then high word.
  for (let pass = 0; pass < 4; pass++) {
    const keys = pass < 2 ? low : high;
    const shift = pass % 2 === 0 ? 0 : 16;
    count.fill(0);
    for (let i = 0; i < n; i++) count[((keys[i]! >>> shift) & 0xffff) + 1]!++;
    if (count[((keys[0]! >>> shift) & 0xffff) + 1] === n) continue; // one digit value: nothing moves
    for (let d = 0; d < 65536; d++) count[d + 1]! += count[d]!;
    for (let i = 0; i < n; i++) {
      const at = count[(keys[i]! >>> shift) & 0xffff]!++;
      lowOut[at] = low[i]!;
      highOut[at] = high[i]!;
    }
    [low, lowOut] = [lowOut, low];
    [high, highOut] = [highOut, high];
  }
  for (let i = 0; i < n; i++) {
    const wasNegative = high[i]! >>> 31 === 0;
    words[2 * i] = wasNegative ? ~low[i]! >>> 0 : low[i]!;
    words[2 * i + 1] = wasNegative ? ~high[i]! >>> 0 : (high[i]! & 0x7fffffff) >>> 0;
  }
  return sorted;
}
