import type { Xoshiro128 } from '../random';
import type { Fine } from '../types';
import { logFactorial, poisson } from './poisson';
import { exp, log } from '../portableMath';

/**
 * Fines of one rep-period, drawn in the order the scheme lists them: a breach count is
 * Poisson(expected); a duty's shortfall is max(0, required − done), done ~ Poisson(expected).
 */
export function periodFines(fines: readonly Fine[], duties: Xoshiro128): number {
  let total = 0;
  for (let f = 0; f < fines.length; f++) {
    const fine = fines[f];
    const drawn = poisson(duties, fine.expected);
    const count = fine.kind === 'events' ? drawn : Math.max(0, fine.required - drawn);
    total += fine.amount * count;
  }
  return total;
}

/** Expected fines of one period, Σ amount · E[count], for tables and budget checks. */
export function expectedFines(fines: readonly Fine[]): number {
  let total = 0;
  for (const fine of fines) {
    if (fine.kind === 'events') {
      total += fine.amount * fine.expected;
      continue;
    }
    // E[max(0, n − D)] for D ~ Poisson(λ): Σ_{d < n} (n − d)·P(D = d), in logs so that
    // e^−λ cannot underflow for a month's worth of visits.
    const lambda = fine.expected;
    let shortfall = lambda === 0 ? fine.required : 0;
    for (let d = 0; lambda > 0 && d < fine.required; d++) {
      const logP = -lambda + d * log(lambda) - logFactorial(d);
      shortfall += (fine.required - d) * exp(logP);
    }
    total += fine.amount * shortfall;
  }
  return total;
}
