import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makePlan, parseScheme, runInProcess, schemeKinds, type Scheme } from '$lib/engine';
import type { RepModel } from '$lib/engine/types';
import { inDataUnit } from '$lib/components/schemes/fieldSpec';
import { presetScheme } from '$lib/components/schemes/presets';
import { t } from '$lib/i18n/i18n.svelte';
import { rep } from '../../engine/helpers';

type Draft = Record<string, unknown>;

/**
 * The draft with every number the editor labels with the data's unit multiplied by `k`. Keys
 * and parents are passed as the editor passes them: an object's fields have its key for
 * parent, a list's items the list's key.
 */
function scaled(value: unknown, key: string, parentKey: string, k: number): unknown {
  if (typeof value === 'number') return inDataUnit(key, parentKey) ? value * k : value;
  if (Array.isArray(value)) return value.map((item) => scaled(item, key, parentKey, k));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([field, inner]) => [field, scaled(inner, field, key, k)]),
  );
}

const scheme = (draft: unknown): Scheme => {
  const result = parseScheme(structuredClone(draft));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.scheme;
};

const withReps = (reps: RepModel[], k: number) =>
  reps.map((r) => ({
    ...r,
    mean: r.mean.map((m) => m * k),
    lastYear: r.lastYear?.map((m) => m * k),
  }));

// Every amount a preset can hold, set to something that changes pay, so that a field left out
// of the unit (or a share taken for one) breaks the scaling below.
const fixed = (x: number) => ({ kind: 'fixed', values: [x] });
const extras: Partial<Record<Scheme['kind'], Draft>> = {
  'truth-telling': { floor: 'deduct', basePay: 500, cap: fixed(4_000) },
  'bonus-grid': {
    quota: fixed(70_000),
    standardBonus: fixed(3_000),
    floor: 'deduct',
    basePay: 400,
  },
  'pharma-letter': {
    statedTotal: 840_000,
    receivables: { target: 60_000, expected: 65_000, sigma: 0.1, penalty: 300 },
    review: { periods: 2, penalty: 200 },
    expenseBudget: 10_000,
  },
  'condiment-letter': { demotion: { periods: 2, penalty: 100 } },
  'commission-plan': {
    cap: fixed(6_000),
    draw: { kind: 'recoverable', amount: fixed(1_500) },
    basePay: fixed(1_000),
  },
};

const sampleReps = [
  rep('a', new Array(12).fill(60_000), 0.3),
  rep('b', new Array(12).fill(80_000), 0.3),
];

/** Each shipped scenario's schemes, on its own reps where it has them. */
function shipped(): { name: string; drafts: Draft[]; reps: RepModel[] }[] {
  return readdirSync('scenarios').map((file) => {
    const json = JSON.parse(readFileSync(`scenarios/${file}`, 'utf8'));
    const own: { id: string; mean: number | number[]; sigma: number }[] | undefined =
      json.data?.source === 'reps' ? json.data.reps : undefined;
    const reps = own ? own.map((r) => rep(r.id, [r.mean].flat(), r.sigma)) : sampleReps;
    return { name: file, drafts: json.schemes, reps };
  });
}

function expectScales(drafts: Draft[], reps: RepModel[], name: string): void {
  const k = 10;
  const run = (factor: number) => {
    const schemes = drafts.map((d) => scheme(factor === 1 ? d : scaled(d, '', '', factor)));
    const scaledReps = withReps(reps, factor);
    const plan = makePlan({ seed: 7, trials: 200, schemes }, scaledReps);
    return runInProcess(plan, scaledReps, schemes[0].id).schemes;
  };
  // A rep's best target is solved to a relative tolerance, so pay scales to about 1e-5.
  const base = run(1);
  const big = run(k);
  base.forEach((s, i) => {
    const where = `${name}: ${s.id}`;
    expect(Math.abs(s.payout.mean), where).toBeGreaterThan(0);
    expect(big[i].payout.mean / s.payout.mean, where).toBeCloseTo(k, 3);
    expect(big[i].cost!.mean / s.cost!.mean, where).toBeCloseTo(k, 3);
    // A menu has no target to hit: its rate is NaN either way.
    if (Number.isFinite(s.hitRate.mean)) {
      expect(big[i].hitRate.mean, where).toBeCloseTo(s.hitRate.mean, 3);
    }
  });
}

describe('inDataUnit', () => {
  it('inDataUnit marks exactly the fields that scale pay with sales in every preset', () => {
    for (const kind of schemeKinds) {
      const draft = { ...presetScheme(kind, kind, 70_000, t), ...extras[kind] };
      expectScales([draft], sampleReps, kind);
    }
  });

  it('inDataUnit marks exactly the fields that scale pay with sales in every shipped scenario', () => {
    const files = shipped();
    expect(files.map((f) => f.name)).toContain('pharma-2014.json');
    for (const { name, drafts, reps } of files) expectScales(drafts, reps, name);
  });

  it('inDataUnit tells a fine or receivable in money from a count or a volatility', () => {
    expect(inDataUnit('amount', 'fines')).toBe(true);
    expect(inDataUnit('expected', 'fines')).toBe(false);
    expect(inDataUnit('expected', 'receivables')).toBe(true);
    expect(inDataUnit('sigma', 'receivables')).toBe(false);
    expect(inDataUnit('commissionPerCase', 'skus')).toBe(false);
  });
});
