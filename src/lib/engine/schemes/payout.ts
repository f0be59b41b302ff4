import type { PlannedScheme } from '../types';
import { haggledQuotaPay } from './haggledQuota';
import { truthTellingPay } from './truthTelling';

/** Pay of rep-period `index` with sales y under a planned scheme (its target or quota). */
export function payout(planned: PlannedScheme, y: number, index: number): number {
  const scheme = planned.scheme;
  const target = planned.target[index];
  if (scheme.kind === 'truth-telling') return truthTellingPay(scheme, target, y);
  return haggledQuotaPay(planned.fixedPay[index], scheme.excessRate, target, y);
}
