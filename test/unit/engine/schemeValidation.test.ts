import { describe, expect, it } from 'vitest';
import { parseScenario } from '$lib/engine/scenario';
import type { ScenarioResult, Scheme } from '$lib/engine/types';

const inline = { source: 'reps', reps: [{ id: 'r', mean: [100, 100, 100, 100], sigma: 0.2 }] };

function parse(schemes: unknown[], data: unknown = inline): ScenarioResult {
  return parseScenario({ name: 't', seed: 1, trials: 100, data, schemes }, 's.json');
}

const errorsOf = (r: ScenarioResult) => (r.ok ? [] : r.errors);
const schemesOf = (r: ScenarioResult): Scheme[] => {
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.scenario.schemes;
};

const share = (x: number) => ({ kind: 'share', share: x });
const plan = {
  kind: 'commission-plan',
  id: 'c',
  quota: share(1),
  tiers: [{ from: 0, rate: 0.04 }],
};
const grid = {
  kind: 'bonus-grid',
  id: 'g',
  quota: share(1),
  standardBonus: share(0.05),
  forecastRatios: [0, 1],
  actualRatios: [0, 1],
  grid: [
    [0, 0.5],
    [-1, 1.2],
  ],
};

describe('scheme validation', () => {
  it('accepts every kind with only its required fields and writes the defaults out', () => {
    const letter = { kind: 'pharma-letter', id: 'p', quota: share(1), performancePay: share(0.02) };
    const condiment = {
      kind: 'condiment-letter',
      id: 'k',
      skus: [{ id: 'a', commissionPerCase: 2, share: 1, target: { kind: 'fixed', values: 90 } }],
      baseSalary: { kind: 'fixed', values: [2000] },
    };
    const menu = { kind: 'linear-menu', id: 'm', options: [{ fixed: 1, rate: 0.01 }] };
    const [p, k, c, g, m] = schemesOf(parse([letter, condiment, plan, grid, menu]));
    expect(p).toMatchObject({
      excessRate: 0.005,
      fines: [],
      review: { periods: 4, penalty: 0 },
      basePay: { kind: 'fixed', values: [0] },
      expenseBudget: 0,
      periodsPerYear: 4,
    });
    expect(k).toMatchObject({
      settleEvery: 2,
      demotion: { periods: 2, penalty: 0 },
      periodsPerYear: 12,
    });
    expect(k.kind === 'condiment-letter' && k.skus[0].target).toEqual({
      kind: 'fixed',
      values: [90],
    });
    expect(c).toMatchObject({ threshold: 0, returnsShare: 0, label: 'c' });
    expect('cap' in c || 'draw' in c).toBe(false);
    expect(g).toMatchObject({ floor: 'zero', basePay: 0 });
    expect(m).toMatchObject({ options: [{ fixed: 1, rate: 0.01 }] });
  });

  it('never takes 0 as unset in the new kinds', () => {
    const zeroes = {
      ...plan,
      threshold: 0,
      returnsShare: 0,
      cap: share(0),
      draw: { kind: 'non-recoverable', amount: { kind: 'fixed', values: 0 } },
    };
    const [c] = schemesOf(parse([zeroes]));
    expect(c).toMatchObject({ threshold: 0, returnsShare: 0, cap: share(0) });
    expect(c.kind === 'commission-plan' && c.draw?.amount).toEqual({ kind: 'fixed', values: [0] });
  });

  it('names the field and the value seen for unknown fields and impossible values', () => {
    expect(errorsOf(parse([{ ...plan, colour: 1 }]))[0]).toMatch(
      /^s\.json: schemes\[0\]\.colour: unknown field, expected one of: kind, id, label, quota,/,
    );
    expect(errorsOf(parse([{ ...plan, returnsShare: 1 }]))).toEqual([
      's.json: schemes[0].returnsShare: expected a number from 0 up to (not including) 1, saw 1',
    ]);
    expect(errorsOf(parse([{ ...plan, tiers: [{ from: 0, rate: -0.1 }] }]))).toEqual([
      's.json: schemes[0].tiers[0].rate: expected a number ≥ 0, saw -0.1',
    ]);
    expect(errorsOf(parse([{ ...plan, quota: { kind: 'guess' } }]))).toEqual([
      's.json: schemes[0].quota.kind: expected "share", "fixed" or "haggled", saw "guess"',
    ]);
    expect(errorsOf(parse([{ ...plan, draw: { kind: 'forgiven', amount: share(1) } }]))).toEqual([
      's.json: schemes[0].draw.kind: expected "recoverable" or "non-recoverable", saw "forgiven"',
    ]);
  });

  it('rejects tiers that do not start at 0 or do not rise', () => {
    const tiers = [
      { from: 0.5, rate: 0.01 },
      { from: 0.5, rate: 0.02 },
    ];
    expect(errorsOf(parse([{ ...plan, tiers }]))).toEqual([
      's.json: schemes[0].tiers[0].from: expected 0 (the first tier starts at no sales), saw 0.5',
      's.json: schemes[0].tiers[1].from: expected a number > 0.5 (ascending), saw 0.5',
    ]);
  });

  it('rejects a grid whose shape does not match its ratios, and warns where its pay falls', () => {
    expect(errorsOf(parse([{ ...grid, grid: [[0, 1]] }]))).toEqual([
      's.json: schemes[0].grid: expected 2 rows (one per forecast ratio), saw 1',
    ]);
    const falling = parse([
      {
        ...grid,
        grid: [
          [0.5, 0],
          [-1, 1.2],
        ],
      },
    ]);
    expect(falling.ok && falling.warnings).toEqual([
      's.json: schemes[0].grid[0]: the bonus falls from 0.5 to 0 as actual/quota rises from 0 ' +
        'to 1: selling more pays less',
    ]);
  });

  it('checks per-period values against the reps periods when the file gives its reps', () => {
    const fixed = { ...plan, quota: { kind: 'fixed', values: [1, 2, 3] } };
    expect(errorsOf(parse([fixed]))).toEqual([
      's.json: schemes[0].quota.values: expected 1 value or 4 (one per simulated period), saw 3',
    ]);
    expect(parse([fixed], { source: 'sample' }).ok).toBe(true);
  });

  it('rejects SKU shares not adding up to 1 and a SKU that sells nothing but has a target', () => {
    const sku = (id: string, s: number) => ({
      id,
      commissionPerCase: 2,
      share: s,
      target: { kind: 'fixed', values: [10] },
    });
    const condiment = {
      kind: 'condiment-letter',
      id: 'k',
      skus: [sku('a', 0.7), sku('b', 0)],
      baseSalary: share(0),
    };
    expect(errorsOf(parse([condiment]))).toEqual([
      's.json: schemes[0].skus: expected shares that add up to 1, saw 0.7',
      's.json: schemes[0].skus[1].share: expected a share > 0: a SKU the rep never sells ' +
        'cannot meet a target above 0, saw 0',
    ]);
  });

  it('warns about α = 0 in the essay rule without refusing it', () => {
    const result = parse([{ kind: 'self-set', id: 'e', rate: 0.05 }]);
    expect(result.ok && result.warnings).toEqual([
      expect.stringMatching(/^s\.json: schemes\[0\]: alpha is 0: doing more than the target/),
    ]);
  });
});
