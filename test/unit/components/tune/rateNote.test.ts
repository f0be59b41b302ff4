import { describe, expect, it } from 'vitest';
import { presetScheme } from '$lib/components/schemes/presets';
import { rateNoteHolds } from '$lib/components/tune/rateNote';
import { t } from '$lib/i18n/i18n.svelte';
import { schemeKinds, type Scheme } from '$lib/engine';
import { sweepParameters } from '$lib/engine/sweep';

const selfSet = presetScheme('truth-telling', 'self-set', 100, t) as Scheme & {
  kind: 'truth-telling';
};

describe('the note that pay is proportional to the rate', () => {
  it('rateNoteHolds for a rate sweep of the essay’s rule, no cap, floor 0 or none', () => {
    expect(rateNoteHolds({ base: selfSet, parameter: 'rate' })).toBe(true);
    expect(rateNoteHolds({ base: { ...selfSet, floor: 'none' }, parameter: 'rate' })).toBe(true);
  });

  it('rateNoteHolds not for a deducting floor, a cap, or another parameter of the rule', () => {
    expect(rateNoteHolds({ base: { ...selfSet, floor: 'deduct' }, parameter: 'rate' })).toBe(false);
    const capped = { ...selfSet, cap: { kind: 'fixed' as const, values: [10] } };
    expect(rateNoteHolds({ base: capped, parameter: 'rate' })).toBe(false);
    for (const parameter of ['alpha', 'beta', 'gamma', 'basePay']) {
      expect(rateNoteHolds({ base: selfSet, parameter }), parameter).toBe(false);
    }
  });

  it('rateNoteHolds for no parameter of the letters or any other kind', () => {
    for (const kind of schemeKinds.filter((k) => k !== 'truth-telling')) {
      const base = presetScheme(kind, kind, 100, t);
      for (const parameter of sweepParameters(base)) {
        expect(rateNoteHolds({ base, parameter }), `${kind} ${parameter}`).toBe(false);
      }
    }
  });
});
