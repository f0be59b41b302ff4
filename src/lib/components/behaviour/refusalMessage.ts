import { clauses, problemWithPath, t } from '$lib/i18n/i18n.svelte';
import type { SchemesRefusal } from '$lib/state/schemesRefusal';

/** A refusal in the current language, worded as the comparison's status line words it. */
export function refusalMessage({ key, problems }: SchemesRefusal): string {
  if (problems.length === 0) return t(key);
  return t(key, { detail: clauses(problems.map(problemWithPath)) });
}
