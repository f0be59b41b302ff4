/**
 * Standard normal distribution function Φ, accurate to about 1e-15 in absolute terms,
 * which is what sums of expected payouts need (relative accuracy deep in a tail is not).
 */
export function normalCdf(x: number): number {
  return 0.5 * (1 + erf(x / Math.SQRT2));
}

/**
 * erf by its series of positive terms, erf(u) = 2u/√π · e^(−u²) · Σ (2u²)^n / (2n+1)!!
 * (Abramowitz & Stegun 7.1.6), which has no cancellation; beyond |u| = 6, 1 − |erf| < 2e-17.
 */
function erf(u: number): number {
  const a = Math.abs(u);
  if (a > 6) return Math.sign(u);

  const twoA2 = 2 * a * a;
  let term = 1;
  let sum = 1;
  for (let n = 1; term > 1e-17 * sum; n++) {
    term *= twoA2 / (2 * n + 1);
    sum += term;
  }

  return Math.sign(u) * ((2 * a) / Math.sqrt(Math.PI)) * Math.exp(-a * a) * sum;
}
