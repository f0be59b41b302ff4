import { describe, expect, it } from 'vitest';
import { beliefNodes, selfSet, truthTellingPay, type TruthTellingScheme } from '$lib/engine';
import { marginalPay } from '$lib/engine/sweep';
import { logMuOf } from './closedForms';

const belief = { logMu: logMuOf(100, 0.5), logSigma: 0.5 };

/** (E[Z(x, Y + δ)] − E[Z(x, Y − δ)]) / 2δ over the belief's quadrature nodes. */
function numericMarginal(scheme: TruthTellingScheme, x: number): number {
  const nodes = beliefNodes(belief);
  const delta = 0.01;
  let sum = 0;
  for (const y of nodes) {
    sum += truthTellingPay(scheme, x, y + delta) - truthTellingPay(scheme, x, y - delta);
  }
  return sum / nodes.length / (2 * delta);
}

describe('marginalPay', () => {
  it('marginalPay is t at the median under the essay’s rule without a floor', () => {
    const median = Math.exp(belief.logMu);
    expect(marginalPay(selfSet(0.05, 'none'), belief, median)).toBeCloseTo(0.05, 12);
  });

  it('marginalPay matches a numeric derivative of expected pay, with and without floors', () => {
    const schemes: TruthTellingScheme[] = [
      selfSet(0.05, 'none'),
      selfSet(0.05, 'zero'),
      selfSet(0.05, 'deduct', { basePay: 2 }),
      { ...selfSet(0.05, 'zero'), alpha: 0.02 },
    ];
    for (const scheme of schemes) {
      for (const x of [60, 100, 140]) {
        expect(marginalPay(scheme, belief, x)).toBeCloseTo(numericMarginal(scheme, x), 3);
      }
    }
  });
});
