import { BEHAVIOUR_LIMITS } from '$lib/engine/behaviour/behaviourSchema';
import type { BehaviourSettings } from '$lib/engine/behaviour/types';
import { withinLimit, type Limit } from '$lib/state/settings';

/**
 * What the behaviour panel accepts per field, by its place in the settings: the scenario
 * file's own ranges, so the panel, a file and a share link accept the same values.
 */
export const fieldLimits = BEHAVIOUR_LIMITS;

/** Each field's path in the settings ('belief.bias') with its limit. */
export function limitEntries(): [string, Limit][] {
  return Object.entries(fieldLimits).flatMap(([group, entry]): [string, Limit][] =>
    'min' in entry
      ? [[group, entry]]
      : Object.entries(entry).map(([key, limit]) => [`${group}.${key}`, limit]),
  );
}

/**
 * The paths of the fields whose value is out of its limit, as the panel's own test marks them
 * red (withinLimit). A field the settings do not hold is not on the panel: the risk fields of
 * the kinds not chosen.
 */
export function fieldsOutOfRange(settings: BehaviourSettings): string[] {
  return limitEntries()
    .filter(([path, limit]) => {
      const [group, key] = path.split('.');
      const owner = (
        key === undefined ? settings : settings[group as keyof BehaviourSettings]
      ) as Record<string, unknown>;
      const name = key ?? group;
      return name in owner && !withinLimit(limit, owner[name] as number);
    })
    .map(([path]) => path);
}
