import type { Scheme } from '$lib/engine/types';
import { listed, t } from '$lib/i18n/i18n.svelte';

/** A quota or target the company sets by the scheme's own terms (a letter's, a plan's). */
const setsQuota = (scheme: Scheme) => 'quota' in scheme || scheme.kind === 'condiment-letter';

/**
 * Why no ratchet chart is drawn when no scheme haggles its quota: the ratchet model moves
 * haggled quotas only, so schemes that set theirs by their terms are named as keeping them;
 * with none of those, no scheme sets a quota at all.
 */
export function noRatchetNote(schemes: readonly Scheme[], names: readonly string[]): string {
  const kept = names.filter((_, i) => setsQuota(schemes[i]));
  return kept.length === 0
    ? t('behaviour.ratchet.noQuota')
    : t('behaviour.ratchet.keptQuota', { count: kept.length, schemes: listed(kept) });
}
