export * from './types';
export * from './constants';
export { utility, certaintyEquivalent } from './utility';
export { effortLift, effortCost } from './effort';
export { ratchet, ratchetStep } from './ratchet';
export { beliefShifts, strategicReps, believedMu } from './beliefs';
export { openings, bossNumber, type Openings } from './stance';
export { expandYears } from './expandYears';
export {
  periodRule,
  rulePay,
  ruleKinks,
  unitRule,
  cellTerms,
  type PeriodRule,
  type CellTerms,
} from './periodRule';
export { bestShift, shiftInput, type ShiftInput } from './timing';
export {
  bestTargetAndEffort,
  bestStanceAndEffort,
  bestEffortAt,
  quotaMarginalCost,
  expectedUtility,
  type Reply,
  type ReplyProblem,
  type StanceTerms,
} from './bestReply';
export { repNodes, type RepNodes } from './repNodes';
export { maximizeScalar, refineScalar } from './maximizeScalar';
export {
  planBehaviour,
  behaviourPeople,
  idleBehaviour,
  type BehaviourContext,
} from './planBehaviour';
export { behaviourBlock, type BehaviourBlock } from './behaviourBlock';
export { summarizeBehaviour } from './summarizeBehaviour';
