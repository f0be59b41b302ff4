import type { Limit } from '$lib/state/settings';

/** Which refusal a field shows: a whole-number field names that rule, since a fraction may lie
 * within its range and "a number from 1 to 10" would not say what is wrong with 2.5. */
export function limitMessageKey(limit: Limit): 'settings.invalid' | 'settings.invalidWhole' {
  return limit.integer ? 'settings.invalidWhole' : 'settings.invalid';
}
