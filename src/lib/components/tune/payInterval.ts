import { z95 } from '../../charts/summary/rows';
import { intervalText } from '../tables/cellText';

type Format = Parameters<typeof intervalText>[2];

/**
 * '± half-width' of the 95% interval of a rep's expected pay, by Compare's rule: a half-width
 * that is not zero never reads '± 0', and money keeps no digits below a cent. An unknown
 * standard error gives no interval.
 */
export function payInterval(mean: number, se: number, format: Format): string {
  const halfWidth = Number.isFinite(se) ? z95 * se : null;
  return intervalText({ value: mean, halfWidth }, 'money', format);
}
