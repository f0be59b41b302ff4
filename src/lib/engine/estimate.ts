/**
 * Means and ratios of per-trial values with their Monte Carlo standard errors. Values come as
 * the chunks of consecutive blocks and are always summed in trial order, so the result is the
 * same bit for bit however the trials were split into blocks or workers.
 */
import type { Estimate } from './types';

type Chunks = readonly Float64Array[];

/**
 * Mean of `values` (or of the paired differences values − minus) and its standard error
 * sd/√n. Trials where the value is NaN are left out; with fewer than two values se is NaN.
 */
export function meanEstimate(values: Chunks, minus?: Chunks): Estimate {
  let n = 0;
  let sum = 0;
  forEach(values, minus, (v) => {
    n++;
    sum += v;
  });
  const mean = sum / n;

  let squares = 0;
  forEach(values, minus, (v) => {
    squares += (v - mean) * (v - mean);
  });
  return { mean, se: Math.sqrt(squares / (n - 1) / n) };
}

/**
 * The ratio of means Σnum/Σden (or its difference from a baseline ratio) with a delta-method
 * standard error: the sd of the linearised per-trial values (num − R·den)/mean(den), over √n.
 */
export function ratioEstimate(
  num: Chunks,
  den: Chunks,
  baseline?: { num: Chunks; den: Chunks },
): Estimate {
  const a = ratioParts(num, den);
  const b = baseline === undefined ? undefined : ratioParts(baseline.num, baseline.den);
  const linear = (c: number, i: number): number => {
    const own = (num[c][i] - a.ratio * den[c][i]) / a.denMean;
    if (baseline === undefined || b === undefined) return own;
    return own - (baseline.num[c][i] - b.ratio * baseline.den[c][i]) / b.denMean;
  };

  let n = 0;
  let squares = 0;
  for (let c = 0; c < num.length; c++) {
    for (let i = 0; i < num[c].length; i++) {
      const v = linear(c, i);
      squares += v * v;
      n++;
    }
  }
  const mean = b === undefined ? a.ratio : a.ratio - b.ratio;
  return { mean, se: Math.sqrt(squares / (n - 1) / n) };
}

/** The linearised values have mean exactly 0, so their sum of squares is their spread. */
function ratioParts(num: Chunks, den: Chunks): { ratio: number; denMean: number } {
  let n = 0;
  let sumNum = 0;
  let sumDen = 0;
  for (let c = 0; c < num.length; c++) {
    for (let i = 0; i < num[c].length; i++) {
      sumNum += num[c][i];
      sumDen += den[c][i];
      n++;
    }
  }
  return { ratio: sumNum / sumDen, denMean: sumDen / n };
}

function forEach(values: Chunks, minus: Chunks | undefined, visit: (v: number) => void): void {
  for (let c = 0; c < values.length; c++) {
    const chunk = values[c];
    for (let i = 0; i < chunk.length; i++) {
      const v = minus === undefined ? chunk[i] : chunk[i] - minus[c][i];
      if (!Number.isNaN(v)) visit(v);
    }
  }
}
