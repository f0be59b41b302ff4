import { describe, expect, it } from 'vitest';
import { curveGeometry, salesAxis } from '$lib/components/schemes/curveGeometry';
import { typicalRep } from '$lib/components/schemes/typicalRep';
import { rep } from '../../engine/helpers';

describe('curveGeometry', () => {
  const sales = salesAxis(100, 2, 4);

  it('salesAxis runs from 0 to span × expected sales in equal steps', () => {
    expect(Array.from(sales)).toEqual([0, 50, 100, 150, 200]);
  });

  it('curveGeometry draws one path per scheme and marks targets within the axis only', () => {
    const curves = [
      { id: 'a', pay: Float64Array.of(0, 1, 2, 3, 4), target: 100 },
      { id: 'b', pay: Float64Array.of(-2, 0, 2, 2, 2), target: 500 },
      { id: 'c', pay: Float64Array.of(1, 1, 1, 1, 1), target: NaN },
    ];
    const g = curveGeometry(sales, curves, 600, 300);
    expect(g.paths.map((p) => p.id)).toEqual(['a', 'b', 'c']);
    expect(g.paths[0].d.startsWith(`M${g.frame.left},`)).toBe(true);
    expect(g.targets).toEqual([{ id: 'a', x: (g.frame.left + g.frame.right) / 2 }]);
    expect(g.zero).not.toBeNull();
    expect(g.yTicks.some((t) => t.value === 0)).toBe(true);
  });

  it('curveGeometry leaves out the zero line when no pay is negative', () => {
    const g = curveGeometry(
      sales,
      [{ id: 'a', pay: Float64Array.of(0, 1, 2, 3, 4), target: 0 }],
      600,
      300,
    );
    expect(g.zero).toBeNull();
  });
});

describe('typicalRep', () => {
  it('typicalRep takes the median period and volatility, and 100 and 0.3 without reps', () => {
    expect(typicalRep([])).toEqual({ expected: 100, sigma: 0.3 });
    const reps = [rep('a', [10, 20], 0.1), rep('b', [30, 40], 0.5), rep('c', [50, 0], 0.2)];
    expect(typicalRep(reps)).toEqual({ expected: 30, sigma: 0.2 });
  });
});
