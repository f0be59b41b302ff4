export { haggledQuotaPay } from './haggledQuota';
export { payout } from './payout';
export { selfSet, type SelfSetOptions } from './selfSet';
export { assertTruthTelling, criticalFractile, floorBound, truthTellingPay } from './truthTelling';
