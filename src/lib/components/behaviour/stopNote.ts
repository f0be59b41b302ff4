import { t } from '$lib/i18n/i18n.svelte';
import type { BehaviourStop, RunScreen } from './behaviourRun.svelte';

/**
 * The screen whose run holds the shared workers: a sweep or a rep's pay on Tune, else the
 * comparison's run (Compare's, or one a scenario or share link started); null when none does.
 */
export function busyScreen(
  compare: { busy: boolean },
  tune: { state: string; perRepBusy: boolean },
): RunScreen | null {
  if (tune.state === 'running' || tune.perRepBusy) return 'tune';
  return compare.busy ? 'compare' : null;
}

/** Who stopped the run: the user, or a run started on another screen (named when known). */
export function stopNote(stop: BehaviourStop): string {
  if (stop.by === 'user') return t('behaviour.stopped.user');
  if (stop.screen === null) return t('behaviour.stopped.other');
  return t('behaviour.stopped.screen', { screen: t(`nav.${stop.screen}`) });
}
