/**
 * Poisson draws for counted duties: inversion by sequential search for small means, and the
 * transformed rejection method PTRS of Hörmann (1993), "The transformed rejection method for
 * generating Poisson random variables", Insurance: Mathematics and Economics 12, for large ones.
 */
import type { Xoshiro128 } from '../random';
import { exp, log } from '../portableMath';

/** Below this mean, inversion needs few steps and e^−λ is far from underflow. */
const INVERSION_BELOW = 10;

const HALF_LOG_TWO_PI = 0.5 * log(2 * Math.PI);

/** A Poisson(lambda) count; lambda = 0 gives 0. Allocation-free. */
export function poisson(rng: Xoshiro128, lambda: number): number {
  if (lambda <= 0) return 0;
  return lambda < INVERSION_BELOW ? byInversion(rng, lambda) : byPtrs(rng, lambda);
}

function byInversion(rng: Xoshiro128, lambda: number): number {
  const u = rng.nextFloat();
  let k = 0;
  let p = exp(-lambda);
  let cdf = p;
  // The tail beyond k = 200 has probability below 1e-150 for λ < 10: stop there.
  while (u > cdf && k < 200) {
    k++;
    p *= lambda / k;
    cdf += p;
  }
  return k;
}

/** PTRS with the constants of the paper's Table 1 (as in NumPy's random_poisson_ptrs). */
function byPtrs(rng: Xoshiro128, lambda: number): number {
  const slam = Math.sqrt(lambda);
  const logLam = log(lambda);
  const b = 0.931 + 2.53 * slam;
  const a = -0.059 + 0.02483 * b;
  const invAlpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);

  for (;;) {
    const u = rng.nextFloat() - 0.5;
    const v = rng.nextFloat();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + lambda + 0.43);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    const lhs = log(v) + log(invAlpha) - log(a / (us * us) + b);
    if (lhs <= -lambda + k * logLam - logFactorial(k)) return k;
  }
}

/** ln k! exactly for small k, else by Stirling's series (error below 1e-12 from k = 10). */
export function logFactorial(k: number): number {
  if (k < 10) {
    let sum = 0;
    for (let j = 2; j <= k; j++) sum += log(j);
    return sum;
  }
  const x = k + 1;
  const x2 = x * x;
  return (
    (x - 0.5) * log(x) -
    x +
    HALF_LOG_TWO_PI +
    (1 / 12 - (1 / 360 - (1 / 1260 - 1 / (1680 * x2)) / x2) / x2) / x
  );
}
