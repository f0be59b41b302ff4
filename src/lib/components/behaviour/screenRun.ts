import { session } from '$lib/state/session.svelte';
import { BehaviourRun } from './behaviourRun.svelte';

/**
 * The behaviour screen's one run, kept across visits; its panel edits the session's behaviour
 * settings, which an opened scenario sets and a saved scenario writes.
 */
export const behaviourRun = new BehaviourRun(session);
