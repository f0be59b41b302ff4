/**
 * The per-period arithmetic of a commission plan: the commissionable base, tiered marginal
 * rates on attainment with a threshold and a cap, and draws against commission.
 */
import type { Tier } from '../types';
import { MET } from './cellByCellTally';

/** Credit notes are not commissionable: 1000 of sales with a credit of 200 pays on 800. */
export function commissionableBase(gross: number, credits: number): number {
  return Math.max(0, gross - credits);
}

/**
 * Commission on net sales against quota q: each tier's rate applies to the sales between its
 * own and the next tier's attainment (from · q), nothing is paid below threshold · q (short of
 * it by rounding only, as MET allows, is not below), and the result is capped. A quota of 0
 * counts as met, so only the last tier's rate applies.
 */
export function tieredCommission(
  tiers: readonly Tier[],
  threshold: number,
  q: number,
  net: number,
  cap = Infinity,
): number {
  if (net < threshold * q * MET) return 0;
  let total = 0;
  for (let j = 0; j < tiers.length; j++) {
    const low = tiers[j].from * q;
    if (net <= low) break;
    const high = j + 1 < tiers.length ? tiers[j + 1].from * q : Infinity;
    total += tiers[j].rate * (Math.min(net, high) - low);
  }
  return Math.min(total, cap);
}

/** A draw's running state: what the rep still owes from earlier recoverable draws. */
export interface DrawState {
  owed: number;
}

/**
 * Pay of one period under a draw of `draw`: at least the draw; a recoverable draw's top-up is
 * owed and taken back from later commission above the draw, a non-recoverable one is not.
 */
export function afterDraw(
  commission: number,
  draw: number,
  recoverable: boolean,
  state: DrawState,
): number {
  if (commission < draw) {
    if (recoverable) state.owed += draw - commission;
    return draw;
  }
  const back = Math.min(state.owed, commission - draw);
  state.owed -= back;
  return commission - back;
}
