/**
 * Okabe & Ito (2008), "Color Universal Design": seven colours that stay apart for the common
 * forms of colour blindness (their eighth, black, is the ink of axes and text), then Paul Tol's
 * indigo and olive, so that nine schemes (one of each kind) are nine colours. No two of the nine
 * are closer than the palette's own blue and sky blue.
 */
export const okabeIto = [
  '#0072B2', // blue
  '#E69F00', // orange
  '#009E73', // bluish green
  '#CC79A7', // reddish purple
  '#D55E00', // vermillion
  '#56B4E9', // sky blue
  '#F0E442', // yellow
  '#332288', // indigo (Tol)
  '#999933', // olive (Tol)
] as const;

/** The colour of the i-th series; wraps round past the end of the palette (a tenth series). */
export function seriesColour(index: number): string {
  return okabeIto[((index % okabeIto.length) + okabeIto.length) % okabeIto.length];
}
