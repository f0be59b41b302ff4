import type { Scenario } from '../engine';
import { DEFAULT_BEHAVIOUR } from '../engine/behaviour/constants';
import type { BehaviourSettings, CompanySettings } from '../engine/behaviour/types';
import { DEFAULT_ECONOMICS, type Economics } from '../engine/sweep';

/**
 * The behaviour screen's own settings: everything but what the company values, whose margin
 * and forecast costs are Compare's economics, one set for both screens.
 */
export type OwnBehaviour = Omit<BehaviourSettings, 'company'>;

/** A copy of `settings` without the company's part. */
function own(settings: BehaviourSettings): OwnBehaviour {
  const copy: Partial<BehaviourSettings> = structuredClone(settings);
  delete copy.company;
  return copy as OwnBehaviour;
}

/** The behaviour screen's own settings a scenario brings: its section, else the defaults. */
export function behaviourFrom(scenario: Scenario | null): OwnBehaviour {
  return own(scenario?.behaviour ?? DEFAULT_BEHAVIOUR);
}

/** The company's part of the economics (or a copy of it), as a scenario file holds it. */
export function companyOf(economics: CompanySettings): CompanySettings {
  const { margin, overCost, underCost } = economics;
  return { margin, overCost, underCost };
}

/** The behaviour settings a run takes: the screen's own with the shared economics. */
export function withCompany(settings: OwnBehaviour, economics: Economics): BehaviourSettings {
  return { ...structuredClone(settings), company: companyOf(economics) };
}

/**
 * The economics an opened scenario sets: a link's (else the defaults), with the margin and
 * forecast costs of the file's `behaviour` section when it has one, as the command line reads
 * them. A link the app makes carries the same numbers in both places; a hand-made one that
 * disagrees runs as its file would on the command line.
 */
export function economicsFrom(scenario: Scenario, link?: Economics): Economics {
  const base = { ...(link ?? DEFAULT_ECONOMICS) };
  return scenario.behaviour ? { ...base, ...companyOf(scenario.behaviour.company) } : base;
}

/**
 * The behaviour section of a scenario file: the screen's own settings and the shared margin
 * and forecast costs. Left out only when the scenario had no such section and all of it is
 * still at the defaults, so a file without one stays without one; once the economics differ
 * from the defaults it is written, so the command line runs on the same numbers.
 */
export function behaviourToWrite(
  scenario: Scenario,
  panel: OwnBehaviour,
  economics: Economics,
): BehaviourSettings | undefined {
  const settings = withCompany(panel, economics);
  const untouched = JSON.stringify(settings) === JSON.stringify(DEFAULT_BEHAVIOUR);
  return scenario.behaviour === undefined && untouched ? undefined : settings;
}
