import { describe, expect, it } from 'vitest';
import { scatterLegend } from '../../../src/lib/charts/scatter/scatterLegend';
import { seriesColour } from '../../../src/lib/charts/palette';

describe('scatterLegend', () => {
  it('scatterLegend lists only the series that have marks, then the diagonal', () => {
    const items = scatterLegend(['Self-set', 'Menu', 'Quota'], [{ series: 2 }, { series: 0 }], 'd');
    expect(items.map((i) => i.label)).toEqual(['Self-set', 'Quota', 'd']);
    expect(items[1]).toEqual({ label: 'Quota', colour: seriesColour(2), mark: 'circle' });
    expect(items[2].mark).toBe('dashed');
  });

  it('scatterLegend keeps each series in the colour and shape of its marks', () => {
    const items = scatterLegend(['a', 'b'], [{ series: 1 }], 'd');
    expect(items[0]).toEqual({ label: 'b', colour: seriesColour(1), mark: 'triangle' });
  });
});
