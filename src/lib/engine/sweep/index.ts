export * from './constants';
export { DEFAULT_ECONOMICS, type Economics } from './economics';
export { jackknife } from './jackknife';
export { outcomes, type Outcomes, type SchemeOutcomes } from './outcomes';
export {
  parameterUnit,
  parameterValue,
  sweepParameters,
  withParameter,
  type ParameterUnit,
  type SweepParameter,
} from './parameters';
export { payoffCurve, targetCost, type PayoffCurve } from './payoffCurve';
export { repPlan } from './repPlan';
export { meanCertaintyEquivalent, payRateSpread, type RepSums } from './repSpread';
export { crossings, solveBudget, type Budget, type BudgetSolution } from './solveBudget';
export { sweepPoints, type SweepPoint } from './sweepPoints';
export { linearGrid, sweepSchemes, VARIANT_SEPARATOR } from './sweepSchemes';
export { trainingQuarters } from './trainingQuarters';
export { sumBelief } from './sumBelief';
export { marginalPay } from './marginalPay';
