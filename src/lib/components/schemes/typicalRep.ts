import type { RepModel } from '$lib/engine';

/**
 * A rep to draw curves for: the median rep-period's expected sales and the median volatility
 * of the reps at hand, rounded for a form; 100 and 0.3 without data.
 */
export function typicalRep(reps: readonly RepModel[]): { expected: number; sigma: number } {
  const means = reps.flatMap((r) => r.mean).filter((m) => m > 0);
  if (means.length === 0) return { expected: 100, sigma: 0.3 };
  return {
    expected: Number(median(means).toPrecision(2)),
    sigma: Number(median(reps.map((r) => r.sigma)).toPrecision(2)),
  };
}

function median(values: number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
