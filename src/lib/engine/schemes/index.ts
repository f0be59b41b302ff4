export { haggledQuotaPay } from './haggledQuota';
export { selfSet, type SelfSetOptions } from './selfSet';
export { assertTruthTelling, criticalFractile, floorBound, truthTellingPay } from './truthTelling';
export {
  truthTellingAdvice,
  truthTellingWarningText,
  type TruthTellingAdvice,
  type TruthTellingWarning,
} from './truthTellingAdvice';
export { bonusGridPay, gridValue } from './bonusGrid';
export { afterDraw, commissionableBase, tieredCommission } from './commissionPlan';
export { mixCommission, skuThreshold } from './condimentLetter';
export { expectedFines, periodFines } from './fines';
export { poisson } from './poisson';
export { payCurve, type CurvePoint, type PayCurve } from './payCurve';
export { schemeKinds, schemeModule } from './registry';
export { parseScheme, type FieldIssue, type SchemeResult } from './schema/parseScheme';
export type { PayContext, PlanContext, SchemeModule } from './module';
