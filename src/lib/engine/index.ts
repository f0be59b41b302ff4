export * from './types';
export * from './constants';
export { trialStream, namedStream, mix32, Xoshiro128 } from './random';
export { standardNormal } from './normal';
export { normalCdf, normalPdf } from './normalCdf';
export { normalQuantile } from './normalQuantile';
export * from './schemes';
export {
  bestChoice,
  bestResponse,
  bestTarget,
  beliefNodes,
  expectedPay,
  maximizeExpectedPay,
  type LognormalBelief,
  type PayRule,
} from './bestResponse';
export { bossEstimate, haggledQuotas, settleQuota } from './haggling';
export { blockCount, makePlan, planContext, type PlanSettings } from './plan';
export { simulateBlock } from './simulate';
export { meanEstimate, ratioEstimate } from './estimate';
export { quantileSorted } from './quantile';
export { summarize } from './summarize';
export { runInProcess, type RunOptions } from './runInProcess';
export { checkSchemes, parseScenario } from './scenario';
export { repsFromScenario } from './repsFromScenario';
