import { describe, expect, it } from 'vitest';
import {
  alphaWarnings,
  floorWarnings,
  settingsLine,
  statement,
} from '$lib/components/behaviour/describe';
import { DEFAULT_BEHAVIOUR } from '$lib/engine/behaviour/constants';
import { makePlan } from '$lib/engine/plan';
import { runInProcess } from '$lib/engine/runInProcess';
import type { BehaviourSummary } from '$lib/engine/behaviour/types';
import { selfSet } from '$lib/engine/schemes/selfSet';
import type { RunSummary } from '$lib/engine/types';
import { setLocale, t } from '$lib/i18n/i18n.svelte';

describe('the behaviour screen sentences', () => {
  it('statement says how many reps were strategic over what run', () => {
    const text = statement(
      { reps: 30, trials: 4000, seed: 7 } as RunSummary,
      { strategicReps: 21, naiveReps: 9, years: 2, periodsPerYear: 12 } as BehaviourSummary,
    );
    expect(text).toBe(
      '21 of 30 reps behaved strategically and 9 naively, over 2 years of 12 periods; ' +
        '4,000 trials, seed 7.',
    );
  });

  it('statement puts each count of one in the singular', () => {
    const text = statement(
      { reps: 1, trials: 1, seed: 7 } as RunSummary,
      { strategicReps: 1, naiveReps: 0, years: 1, periodsPerYear: 1 } as BehaviourSummary,
    );
    expect(text).toBe(
      '1 of 1 rep behaved strategically and 0 naively, over 1 year of 1 period; 1 trial, seed 7.',
    );
  });

  it('alphaWarnings warns only for self-set rules that pay nothing above the target', () => {
    const family = { ...selfSet(0.05, 'zero'), alpha: 0.01 };
    const warnings = alphaWarnings([selfSet(0.05, 'zero'), family], ['Essay', 'Family'], true);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^Essay: /);
    expect(warnings[0]).toMatch(/reps that reach it push deals/);
  });

  it('alphaWarnings says reps would push deals, not that they do, while shifting is off', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      setLocale(locale);
      const on = alphaWarnings([selfSet(0.05, 'zero')], ['Essay'], true)[0];
      const off = alphaWarnings([selfSet(0.05, 'zero')], ['Essay'], false);
      expect(off).toHaveLength(1);
      expect(off[0]).not.toBe(on);
      const offNote = t('behaviour.months.off')
        .replace(/[.。]$/, '')
        .toLowerCase();
      expect(off[0].toLowerCase()).toContain(offNote);
    }
    setLocale('en');
    const off = alphaWarnings([selfSet(0.05, 'zero')], ['Essay'], false)[0];
    expect(off).toMatch(/would push deals into the next period if they could/);
    expect(off).not.toMatch(/reps that reach it push deals/);
  });

  it('floorWarnings names the floor at 0 when it lifts volatile reps above their median', () => {
    const reps = [0.1, 0.6].map((sigma, r) => ({
      id: `r${r}`,
      name: `r${r}`,
      mean: [100],
      sigma,
      historyPeriods: 8,
      thin: false,
    }));
    const schemes = [selfSet(0.05, 'zero', { id: 'floor' }), selfSet(0.05, 'none', { id: 'free' })];
    const behaviour = { ...DEFAULT_BEHAVIOUR, naiveShare: 0 };
    const plan = makePlan({ seed: 1, trials: 100, schemes, behaviour }, reps);
    const summary = runInProcess(plan, reps, 'floor');
    const warnings = floorWarnings(summary, summary.behaviour!, reps, schemes, ['Floor', 'Free']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^Floor: /);
  });

  it("settingsLine lists the company's margin and forecast costs the run used", () => {
    const company = { margin: 0.1, overCost: 1, underCost: 0 };
    const line = settingsLine({ ...DEFAULT_BEHAVIOUR, company });
    expect(line).toMatch(/margin 10%, over-forecast cost 100%, under-forecast cost 0%/);
  });

  it('settingsLine reports a small setting as entered, not rounded to nothing', () => {
    const effort = { maxLift: 2, cost: 0.0001 };
    const line = settingsLine({ ...DEFAULT_BEHAVIOUR, effort, naiveShare: 0.125 });
    expect(line).toContain('effort up to +200% at 0.01%');
    expect(line).toContain('naive 12.5%');
  });

  it("names the behaviour table's rep utility, a sum over all reps, apart from Compare's per rep", () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      setLocale(locale);
      expect(t('behaviour.col.utility')).not.toBe(t('outcome.short.repUtility'));
    }
    setLocale('en');
    expect(t('behaviour.col.utility')).toContain('all reps');
  });

  it("names the behaviour profit apart from Compare's, which leaves planning cost out", () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      setLocale(locale);
      expect(t('behaviour.col.profit')).not.toBe(t('outcome.profit'));
    }
    setLocale('en');
  });
});
