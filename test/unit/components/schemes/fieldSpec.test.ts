import { describe, expect, it } from 'vitest';
import { parseScheme, schemeKinds } from '$lib/engine';
import {
  choicesOf,
  newItem,
  optionalFieldsOf,
  variantsOf,
} from '$lib/components/schemes/fieldSpec';
import { t } from '$lib/i18n/i18n.svelte';
import { presetScheme } from '$lib/components/schemes/presets';

describe('fieldSpec', () => {
  it('every variant and optional field the editor offers passes the checks in place', () => {
    for (const kind of schemeKinds) {
      const preset = presetScheme(kind, kind, 1000, t) as unknown as Record<string, unknown>;
      for (const [field, value] of Object.entries(optionalFieldsOf(kind))) {
        const result = parseScheme({ ...preset, [field]: value });
        expect(result.ok, `${kind}.${field}`).toBe(true);
      }
      for (const [field, value] of Object.entries(preset)) {
        const variants = typeof value === 'object' ? variantsOf(field, '') : null;
        for (const variant of Object.values(variants ?? {})) {
          expect(parseScheme({ ...preset, [field]: variant }).ok, `${kind}.${field}`).toBe(true);
        }
      }
    }
  });

  it('choicesOf lists the floors and the kinds of draw', () => {
    expect(choicesOf('floor', '')).toEqual(['none', 'zero', 'deduct']);
    expect(choicesOf('kind', 'draw')).toEqual(['recoverable', 'non-recoverable']);
    expect(choicesOf('rate', 'tiers')).toBeNull();
  });

  it('newItem moves a copied tier or ratio on, so the list still ascends', () => {
    expect(newItem('tiers', [{ from: 1, rate: 0.05 }])).toEqual({ from: 1.5, rate: 0.05 });
    expect(newItem('forecastRatios', [0, 1])).toBe(1.5);
    expect(newItem('values', [3])).toBe(3);
    expect(newItem('fines', [])).toMatchObject({ kind: 'events' });
    expect(newItem('skus', [{ id: 'a', share: 1 }])).toEqual({ id: 'a-2', share: 1 });
  });
});
