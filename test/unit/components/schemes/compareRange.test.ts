import { describe, expect, it } from 'vitest';
import { outOfCompareRange } from '$lib/components/schemes/compareRange';
import { presetScheme } from '$lib/components/schemes/presets';
import { DEFAULT_HAGGLING, parseScheme, schemeKinds, type Scheme } from '$lib/engine';
import { t } from '$lib/i18n/i18n.svelte';
import { settingsFrom, settingsValid } from '$lib/state/settings';

type Draft = Record<string, unknown>;

const presets = () =>
  schemeKinds.map((kind) => presetScheme(kind, kind, 70_000, t) as unknown as Draft);

/** What Compare does with the drafts once sent: the settings it takes, and whether it runs. */
function compareRuns(drafts: Draft[]): boolean {
  const schemes = drafts.map((d) => {
    const parsed = parseScheme(structuredClone(d), 12);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    return parsed.scheme as Scheme;
  });
  return settingsValid(settingsFrom({ schemes, seed: 1, trials: 1000 }, DEFAULT_HAGGLING));
}

describe('outOfCompareRange', () => {
  it('outOfCompareRange finds nothing in the presets, which Compare runs', () => {
    expect(outOfCompareRange(presets())).toEqual([]);
    expect(compareRuns(presets())).toBe(true);
  });

  it('outOfCompareRange flags a field exactly when Compare would refuse the schemes sent', () => {
    const selfSet = presets().findIndex((d) => d.kind === 'truth-telling');
    const quota = presets().findIndex((d) => d.kind === 'haggled-quota');
    const cases: [number, (d: Draft) => Draft, string][] = [
      [selfSet, (d) => ({ ...d, alpha: 0, beta: 5, gamma: 10 }), 'beta'],
      [selfSet, (d) => ({ ...d, alpha: 0, beta: 1, gamma: 2 }), ''],
      [selfSet, (d) => ({ ...d, alpha: 0, beta: 1.0001, gamma: 2 }), 'beta'],
      [selfSet, (d) => ({ ...d, alpha: 0, beta: 0.00005, gamma: 0.0001 }), 'beta'],
      [
        quota,
        (d) => ({ ...d, haggling: { ...DEFAULT_HAGGLING, bossOpening: 3 } }),
        'haggling.bossOpening',
      ],
      [quota, (d) => ({ ...d, haggling: { ...DEFAULT_HAGGLING, growth: 2.5 } }), 'haggling.growth'],
      [quota, (d) => ({ ...d, haggling: { ...DEFAULT_HAGGLING, bossPower: 0.4 } }), ''],
    ];
    for (const [index, change, field] of cases) {
      const drafts = presets();
      drafts[index] = change(drafts[index]);
      const issues = outOfCompareRange(drafts);
      expect(issues.length === 0, JSON.stringify(drafts[index])).toBe(compareRuns(drafts));
      if (field !== '') expect(issues.map((i) => [i.index, i.path])).toEqual([[index, field]]);
      for (const issue of issues) expect(issue.index).toBe(index);
    }
  });

  it('outOfCompareRange reads only the first self-set scheme, whose β Compare takes as t', () => {
    const drafts = presets();
    const selfSet = drafts.findIndex((d) => d.kind === 'truth-telling');
    drafts.push({ ...drafts[selfSet], id: 'second', alpha: 0, beta: 5, gamma: 10 });
    expect(outOfCompareRange(drafts)).toEqual([]);
    expect(compareRuns(drafts)).toBe(true);
  });

  it('outOfCompareRange flags a rate while the scheme’s own checks still refuse it', () => {
    const drafts = presets();
    const selfSet = drafts.findIndex((d) => d.kind === 'truth-telling');
    drafts[selfSet] = { ...drafts[selfSet], beta: 5 };
    expect(parseScheme(structuredClone(drafts[selfSet]), 12).ok).toBe(false);
    expect(outOfCompareRange(drafts)).toEqual([{ index: selfSet, path: 'beta', setting: 'rate' }]);
  });
});
