import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { outOfCompareRange } from '$lib/components/schemes/compareRange';
import { presetScheme } from '$lib/components/schemes/presets';
import {
  DEFAULT_HAGGLING,
  parseScenario,
  parseScheme,
  schemeKinds,
  type Scheme,
} from '$lib/engine';
import { t } from '$lib/i18n/i18n.svelte';
import { settingsFrom, settingsValid } from '$lib/state/settings';
import { settingsOnPage } from '$lib/state/settingsOnPage';

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
    expect(outOfCompareRange(drafts)).toEqual([
      { index: selfSet, path: 'beta', setting: 'rate', taken: true },
    ]);
  });

  it('outOfCompareRange holds a second haggled quota to the same ranges, at its own fields', () => {
    const drafts = presets();
    const quota = drafts.findIndex((d) => d.kind === 'haggled-quota');
    const haggling = { ...DEFAULT_HAGGLING, bossOpening: 3, growth: -0.8 };
    drafts.push({ ...drafts[quota], id: 'second', haggling });
    const second = drafts.length - 1;

    expect(outOfCompareRange(drafts)).toEqual([
      { index: second, path: 'haggling.bossOpening', setting: 'bossOpening', taken: false },
      { index: second, path: 'haggling.growth', setting: 'growth', taken: false },
    ]);
    // The first one's haggling is the panel's: Compare takes it as its settings.
    drafts[quota] = { ...drafts[quota], haggling };
    expect(outOfCompareRange(drafts).filter((i) => i.index === quota)).toEqual([
      { index: quota, path: 'haggling.bossOpening', setting: 'bossOpening', taken: true },
      { index: quota, path: 'haggling.growth', setting: 'growth', taken: true },
    ]);
  });

  it('outOfCompareRange checks a quota set by haggling inside another scheme', () => {
    const drafts = presets();
    const grid = drafts.findIndex((d) => d.kind === 'bonus-grid');
    const haggling = { ...DEFAULT_HAGGLING, repOpening: 0.97 };
    drafts[grid] = { ...drafts[grid], quota: { kind: 'haggled', haggling } };
    expect(parseScheme(structuredClone(drafts[grid]), 12).ok).toBe(true);

    expect(outOfCompareRange(drafts)).toEqual([
      { index: grid, path: 'quota.haggling.repOpening', setting: 'repOpening', taken: false },
    ]);
  });

  it('outOfCompareRange holds what a file opened on the page is refused for', () => {
    // Each scheme's haggling, any one out of range: the editor and the file agree.
    const essay = JSON.parse(readFileSync('scenarios/essay-vs-haggling.json', 'utf8'));
    const quota = presets().find((d) => d.kind === 'haggled-quota')!;
    const cases = [
      { bossOpening: 3 },
      { bossNoise: 2.5 },
      { growth: 2.5 },
      { repOpening: 0.96 },
      { bossPower: 0.4 },
      {},
    ];
    for (const change of cases) {
      const drafts = [
        ...presets(),
        { ...quota, id: 'q2', haggling: { ...DEFAULT_HAGGLING, ...change } },
      ];
      const schemes = drafts.map((d) => {
        const parsed = parseScheme(structuredClone(d), 12);
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
        return parsed.scheme;
      });
      const text = JSON.stringify(essay);
      const opened = parseScenario(text, 'e.json');
      if (!opened.ok) throw new Error(opened.errors.join('\n'));
      const refused = settingsOnPage({ ...opened.scenario, schemes }, text);
      expect(outOfCompareRange(drafts).length > 0, JSON.stringify(change)).toBe(refused.length > 0);
    }
  });
});
