/**
 * The sentences every behaviour result carries: how many reps behaved strategically over what
 * run, the settings it used, and the warnings its schemes call for (domain.md §1: α = 0
 * leaves nothing for sales above the target, so timing games are likely).
 */
import type { BehaviourSettings, BehaviourSummary } from '$lib/engine/behaviour/types';
import type { RunSummary, Scheme } from '$lib/engine/types';
import { fmt, t, type MessageKey } from '$lib/i18n/i18n.svelte';

export function statement(summary: RunSummary, behaviour: BehaviourSummary): string {
  return t('behaviour.statement', {
    strategic: fmt(behaviour.strategicReps, 'count'),
    reps: fmt(summary.reps, 'count'),
    naive: fmt(behaviour.naiveReps, 'count'),
    years: fmt(behaviour.years, 'count'),
    periods: fmt(behaviour.periodsPerYear, 'count'),
    trials: fmt(summary.trials, 'count'),
    seed: String(summary.seed),
  });
}

export function settingsLine(settings: BehaviourSettings): string {
  const pct = (v: number) => fmt(v, 'percent');
  const { risk, effort, haggling, timing, ratchet } = settings;
  const riskText =
    risk.kind === 'neutral'
      ? t('behaviour.risk.neutral')
      : `${t(`behaviour.risk.${risk.kind}` as MessageKey)} ${
          risk.kind === 'cara' ? `a = ${risk.a}` : `ρ = ${risk.rho}, W = ${risk.wealth}`
        }`;
  return t('behaviour.settings', {
    naive: pct(settings.naiveShare),
    bias: pct(settings.belief.bias),
    noise: pct(settings.belief.noise),
    risk: riskText,
    lift: pct(effort.maxLift),
    effortCost: pct(effort.cost),
    haggling: fmt(haggling.cost, 'decimal'),
    anticipation: pct(haggling.anticipation),
    timing: timing.enabled
      ? t('behaviour.settings.upTo', {
          share: pct(timing.maxShare),
          cost: fmt(timing.cost, 'decimal'),
        })
      : t('behaviour.settings.off'),
    up: pct(ratchet.up),
    down: pct(ratchet.down),
    discount: pct(ratchet.discount),
  });
}

/** One warning per self-set scheme that pays nothing above the target. */
export function alphaWarnings(schemes: Scheme[], names: string[]): string[] {
  return schemes.flatMap((scheme, i) =>
    scheme.kind === 'truth-telling' && scheme.alpha === 0
      ? [t('behaviour.warnAlpha', { scheme: names[i] })]
      : [],
  );
}
