/**
 * Okabe & Ito (2008), "Color Universal Design": eight colours that stay apart for the common
 * forms of colour blindness. Black is left out: it is the ink of axes and text.
 */
export const okabeIto = [
  '#0072B2', // blue
  '#E69F00', // orange
  '#009E73', // bluish green
  '#CC79A7', // reddish purple
  '#D55E00', // vermillion
  '#56B4E9', // sky blue
  '#F0E442', // yellow
] as const;

/** The colour of the i-th series; wraps round past the end of the palette. */
export function seriesColour(index: number): string {
  return okabeIto[((index % okabeIto.length) + okabeIto.length) % okabeIto.length];
}
