import { describe, expect, it } from 'vitest';
import { parseScheme } from '$lib/engine/schemes/schema/parseScheme';

describe('parseScheme', () => {
  it('parseScheme gives each problem the path of its field', () => {
    const result = parseScheme({
      kind: 'commission-plan',
      id: 'c',
      quota: { kind: 'share', share: -1 },
      tiers: [{ from: 0, rate: 'x' }],
    });
    expect(result).toMatchObject({
      ok: false,
      errors: [
        { path: 'quota.share', message: 'expected a number ≥ 0, saw -1' },
        { path: 'tiers[0].rate', message: 'expected a number ≥ 0, saw "x"' },
      ],
    });
  });

  it('parseScheme applies cross-field rules with paths, and periods when given', () => {
    const plan = {
      kind: 'commission-plan',
      id: 'c',
      quota: { kind: 'fixed', values: [1, 2] },
      tiers: [{ from: 0.1, rate: 0 }],
    };
    expect(parseScheme(plan, 3)).toMatchObject({
      ok: false,
      errors: [
        {
          path: 'tiers[0].from',
          message: 'expected 0 (the first tier starts at no sales), saw 0.1',
        },
        {
          path: 'quota.values',
          message: 'expected 1 value or 3 (one per simulated period), saw 2',
        },
      ],
    });
  });

  it('parseScheme returns the scheme with defaults and its warnings with paths', () => {
    const result = parseScheme({ kind: 'self-set', id: 'e', rate: 0.05 });
    if (!result.ok) throw new Error('expected a valid scheme');
    expect(result.scheme).toMatchObject({ kind: 'truth-telling', alpha: 0, gamma: 0.1 });
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0].path).toBe('');
    expect(result.warnings[0].message).toMatch(/^alpha is 0/);
  });
});
