/**
 * Colour-blind-safe palettes. Sequential: a light-to-dark blue ramp (ColorBrewer "Blues", safe for
 * all common colour-vision deficiencies); categorical: Okabe & Ito (2008).
 */
const BLUES = ['#f7fbff', '#deebf7', '#c6dbef', '#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#08519c', '#08306b'];

export const CATEGORICAL = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];

/**
 * Text on the ramp, each at least 4.5:1 (WCAG 1.4.3) against every step it is used on: white from
 * step 6 (#2171b5, 5.1:1) on; below it a navy darker than the ramp's own end, because #4292c6
 * (step 5) reaches only 3.4:1 with white and 3.7:1 with #08306b but 5.2:1 with #03183a.
 */
const TEXT_ON_DARK = '#ffffff';
const TEXT_ON_LIGHT = '#03183a';
const FIRST_DARK_STEP = 6;

/** Background and readable text colour for a share in [0, 1]. */
export function sequentialColor(share: number): { background: string; color: string } {
  const clamped = Math.min(1, Math.max(0, share));
  const index = Math.min(BLUES.length - 1, Math.floor(clamped * BLUES.length));
  return { background: BLUES[index]!, color: index >= FIRST_DARK_STEP ? TEXT_ON_DARK : TEXT_ON_LIGHT };
}
