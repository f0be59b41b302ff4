import { describe, expect, it } from 'vitest';
import { DEFAULT_HAGGLING } from '$lib/engine/constants';
import { haggledQuotaPay } from '$lib/engine/schemes/haggledQuota';
import { payout } from '$lib/engine/schemes/payout';
import { selfSet } from '$lib/engine/schemes/selfSet';
import type { PlannedScheme } from '$lib/engine/types';

describe('payout', () => {
  it('payout reads the target of the rep-period it is given and applies the essay rule', () => {
    const planned: PlannedScheme = {
      scheme: selfSet(0.1, 'none'),
      target: Float64Array.of(100, 200),
      fixedPay: new Float64Array(2),
    };
    expect(payout(planned, 150, 0)).toBeCloseTo(10, 12);
    expect(payout(planned, 150, 1)).toBeCloseTo(10, 12);
    expect(payout(planned, 50, 1)).toBeCloseTo(-10, 12);
  });

  it('payout applies the quota rule with the rep-period fixed pay', () => {
    const planned: PlannedScheme = {
      scheme: {
        kind: 'haggled-quota',
        id: 'q',
        label: 'q',
        performancePayShare: 0.05,
        excessRate: 0.005,
        haggling: { ...DEFAULT_HAGGLING },
      },
      target: Float64Array.of(100, 50),
      fixedPay: Float64Array.of(5, 2.5),
    };
    expect(payout(planned, 75, 0)).toBe(haggledQuotaPay(5, 0.005, 100, 75));
    expect(payout(planned, 75, 1)).toBe(haggledQuotaPay(2.5, 0.005, 50, 75));
  });
});
