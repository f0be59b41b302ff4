import { describe, expect, it } from 'vitest';
import { makePlan, parseScheme, runInProcess, schemeKinds } from '$lib/engine';
import { setLocale, t } from '$lib/i18n/i18n.svelte';
import { presetScheme } from '$lib/components/schemes/presets';
import { en } from '$lib/i18n/en';
import { zhCN } from '$lib/i18n/zh-CN';
import { rep } from '../../engine/helpers';

describe('presetScheme', () => {
  it('presetScheme gives every kind a scheme that passes the scenario checks unchanged', () => {
    for (const kind of schemeKinds) {
      const preset = presetScheme(kind, kind, 70_000, t);
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
    const schemes = schemeKinds.map((kind) => presetScheme(kind, kind, 70_000, t));
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

  it('presetScheme names a new scheme and its fines in the current language, as Compare does', () => {
    for (const [tag, catalog] of [
      ['en', en],
      ['zh-CN', zhCN],
    ] as const) {
      setLocale(tag);
      const selfSet = presetScheme('truth-telling', 'truth-telling', 70_000, t);
      expect(selfSet.label).toBe(catalog['scheme.truth-telling']);
      const second = presetScheme('haggled-quota', 'haggled-quota-2', 70_000, t, 2);
      expect(second.label).toBe(`${catalog['scheme.haggled-quota']} 2`);

      const letter = presetScheme('pharma-letter', 'pharma-letter', 70_000, t);
      if (letter.kind !== 'pharma-letter') throw new Error('not a pharma letter');
      expect(letter.label).toBe(catalog['scheme.pharma-letter']);
      expect(letter.fines.map((f) => f.label)).toEqual([
        catalog['preset.breach'],
        catalog['preset.lost'],
      ]);
    }
    setLocale('en');
  });
});
