/** The haggled quota as a scheme module: the boss and the rep settle a quota per period. */
import { bossQuotas, haggledQuotas } from '../haggling';
import type { HaggledQuotaScheme } from '../types';
import { haggledQuotaPay, haggledQuotaTrial } from './haggledQuota';
import { cellByCell, type SchemeModule } from './module';

export const haggledQuotaModule: SchemeModule<HaggledQuotaScheme> = {
  plan(scheme, context) {
    // Budget parity: performance pay is a share of the rep-period's expected sales.
    const fixedPay = context.expected.map((m) => scheme.performancePayShare * m);
    if (context.bossPerTrial && scheme.haggling.bossNoise > 0) {
      const law = bossQuotas(context.expected, scheme.haggling);
      return { scheme, target: law.mean, fixedPay, events: [], bossQuotas: law };
    }
    const target = haggledQuotas(context.seed, context.expected, scheme.haggling);
    return { scheme, target, fixedPay, events: [] };
  },

  payRep: cellByCell((planned, i, y) =>
    haggledQuotaPay(
      planned.fixedPay[i],
      (planned.scheme as HaggledQuotaScheme).excessRate,
      planned.target[i],
      y,
    ),
  ),
  payTrial: haggledQuotaTrial,
};
