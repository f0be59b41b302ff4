import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { firstPeriod, hasPerPeriod } from '../../../../src/lib/components/schemes/firstPeriod';
import { parseScenario, payCurve, type Scheme } from '../../../../src/lib/engine';

function shippedSchemes(name: string): Scheme[] {
  const parsed = parseScenario(readFileSync(`scenarios/${name}`, 'utf8'), name);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.scenario.schemes;
}

const point = { expected: 100, sigma: 0.3 };
const sales = [0, 50, 100, 150];

describe("the Schemes screen's pay curve of a scheme with a value per period", () => {
  for (const name of ['pharma-2014.json', 'condiment-2010.json']) {
    it(`draws every scheme of ${name} for its first period instead of failing`, () => {
      const schemes = shippedSchemes(name);
      expect(schemes.some(hasPerPeriod)).toBe(true);
      for (const scheme of schemes) {
        const curve = payCurve(firstPeriod(scheme), point, sales);
        expect(curve.pay.every(Number.isFinite), scheme.id).toBe(true);
      }
    });
  }

  it('keeps the first period’s value and leaves one-value amounts and the rest alone', () => {
    const quota = { kind: 'fixed' as const, values: [405, 495, 495, 205.022] };
    const share = { kind: 'share' as const, share: 0.05 };
    const scheme = {
      kind: 'pharma-letter',
      id: 'l',
      quota,
      basePay: share,
      cap: { kind: 'fixed', values: [9] },
    };
    expect(firstPeriod(scheme as unknown as Scheme)).toEqual({
      ...scheme,
      quota: { kind: 'fixed', values: [405] },
    });
    expect(hasPerPeriod({ ...scheme, quota: share } as unknown as Scheme)).toBe(false);
  });
});
