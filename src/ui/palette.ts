/**
 * Colour-blind-safe palettes. Sequential: a light-to-dark blue ramp (ColorBrewer "Blues", safe for
 * all common colour-vision deficiencies); categorical: Okabe & Ito (2008).
 */
const BLUES = ['#f7fbff', '#deebf7', '#c6dbef', '#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#08519c', '#08306b'];

export const CATEGORICAL = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];

/** Background and readable text colour for a share in [0, 1]. */
export function sequentialColor(share: number): { background: string; color: string } {
  const clamped = Math.min(1, Math.max(0, share));
  const index = Math.min(BLUES.length - 1, Math.floor(clamped * BLUES.length));
  return { background: BLUES[index]!, color: index >= 5 ? '#ffffff' : '#08306b' };
}
