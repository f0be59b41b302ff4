import { checkSchemes } from '../lib/engine/scenario';
import type { Scenario } from '../lib/engine/types';

export type LoadedCheck = { ok: true; warnings: string[] } | { ok: false; errors: string[] };

/**
 * Checks the schemes again against the number of periods the loaded data gives (per-period
 * values must match it). The file's scheme warnings were worked out for the periods known when
 * it was read (its inline reps, or none), so they give way to the ones for the loaded periods;
 * its other warnings stay. Every message names the scenario file, as parseScenario's do.
 */
export function checkLoadedSchemes(
  scenario: Scenario,
  path: string,
  fileWarnings: string[],
  periods: number,
): LoadedCheck {
  const named = (messages: string[]) => messages.map((message) => `${path}: ${message}`);
  const loaded = checkSchemes(scenario.schemes, periods);
  if (loaded.errors.length > 0) return { ok: false, errors: named(loaded.errors) };

  const known = scenario.data.source === 'reps' ? scenario.data.reps[0].mean.length : undefined;
  const stale = new Set(named(checkSchemes(scenario.schemes, known).warnings));
  const others = fileWarnings.filter((warning) => !stale.has(warning));
  return { ok: true, warnings: [...named(loaded.warnings), ...others] };
}
