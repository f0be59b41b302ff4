export { haggledQuotaPay } from './haggledQuota';
export { selfSet, type SelfSetOptions } from './selfSet';
export { assertTruthTelling, criticalFractile, floorBound, truthTellingPay } from './truthTelling';
export { schemeModule } from './registry';
export type { PayContext, PlanContext, SchemeModule } from './module';
