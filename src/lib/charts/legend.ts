/** How a legend entry is drawn: a filled swatch, a marker shape, or a line (dashed if asked). */
export type LegendMark = 'swatch' | 'circle' | 'triangle' | 'cross' | 'line' | 'dashed';

/** Marker shapes of scatter series, so schemes differ by shape as well as by colour. */
export const seriesShapes = ['circle', 'triangle'] as const satisfies readonly LegendMark[];

export type SeriesShape = (typeof seriesShapes)[number];

export function seriesShape(index: number): SeriesShape {
  return seriesShapes[index % seriesShapes.length];
}
