import { describe, expect, it } from 'vitest';
import { makePlan, parseScheme, runInProcess, schemeKinds } from '$lib/engine';
import { presetScheme } from '$lib/components/schemes/presets';
import { rep } from '../../engine/helpers';

describe('presetScheme', () => {
  it('presetScheme gives every kind a scheme that passes the scenario checks unchanged', () => {
    for (const kind of schemeKinds) {
      const preset = presetScheme(kind, kind, 70_000);
      const result = parseScheme(structuredClone(preset), 12);
      if (!result.ok) throw new Error(`${kind}: ${JSON.stringify(result.errors)}`);
      expect(result.scheme).toEqual(preset);
    }
  });

  it('presetScheme pays every kind 2–8% of sales on reps of the level it was made for', () => {
    const reps = [
      rep('a', new Array(12).fill(60_000), 0.3),
      rep('b', new Array(12).fill(80_000), 0.3),
    ];
    const schemes = schemeKinds.map((kind) => presetScheme(kind, kind, 70_000));
    const summary = runInProcess(
      makePlan({ seed: 1, trials: 200, schemes }, reps),
      reps,
      'truth-telling',
    );
    for (const s of summary.schemes) {
      expect(s.payoutShareOfSales.mean, s.id).toBeGreaterThan(0.02);
      expect(s.payoutShareOfSales.mean, s.id).toBeLessThan(0.08);
    }
  });
});
