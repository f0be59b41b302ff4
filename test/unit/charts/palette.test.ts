import { describe, expect, it } from 'vitest';
import { seriesColour } from '../../../src/lib/charts/palette';

// CIE L*a*b* of an sRGB colour (D65), to measure how far apart two colours look (CIE76 ΔE).
function lab(hex: string): [number, number, number] {
  const linear = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c > 0.04045 ? ((c + 0.055) / 1.055) ** 2.4 : c / 12.92;
  });
  const [r, g, b] = linear;
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (v: number) => (v > 0.008856 ? Math.cbrt(v) : 7.787 * v + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

function distance(a: string, b: string): number {
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

describe('palette', () => {
  it('gives nine schemes nine colours, no two of them closer than 25 ΔE', () => {
    const nine = Array.from({ length: 9 }, (_, i) => seriesColour(i));
    expect(new Set(nine).size).toBe(9);
    for (let i = 0; i < 9; i++) {
      for (let j = i + 1; j < 9; j++) {
        expect(distance(nine[i], nine[j]), `${nine[i]} vs ${nine[j]}`).toBeGreaterThan(25);
      }
    }
  });

  it('wraps round only past the ninth series, and for a negative index', () => {
    expect(seriesColour(9)).toBe(seriesColour(0));
    expect(seriesColour(-1)).toBe(seriesColour(8));
  });
});
