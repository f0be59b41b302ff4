import { parseScenario, type StatedScenario } from '../engine/scenario';
import type { Problem } from '../engine/schemes/schema/problem';
import { settingsOnPage } from './settingsOnPage';

/**
 * A scenario file's text read as the page opens one: the scenario with its warnings, or the
 * problems that refuse it (the file's own, or settings the page cannot run).
 */
export function readScenarioFile(
  text: string,
  fileName: string,
):
  { ok: true; scenario: StatedScenario; warnings: Problem[] } | { ok: false; problems: Problem[] } {
  const parsed = parseScenario(text, fileName);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  const problems = settingsOnPage(parsed.scenario, text);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, scenario: parsed.scenario, warnings: parsed.warningProblems };
}
