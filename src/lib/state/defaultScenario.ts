import { parseScenario, type ScenarioResult } from '../engine';
import scenarioJson from '../../../scenarios/essay-vs-haggling.json';

/** The scenario the app opens with, bundled at build time and checked like any user file. */
export const defaultScenarioFile = 'essay-vs-haggling.json';

export function defaultScenario(): ScenarioResult {
  return parseScenario(scenarioJson, defaultScenarioFile);
}
