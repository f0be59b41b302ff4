/**
 * Haggling with a chosen stance (domain.md §2). The rep opens at m_r·(1 − d); the boss, who
 * expects to split the difference, opens at m_b·(1 + d_b + A·d): the further the rep opens,
 * the further the boss does (A the anticipation), which pushes both openings apart. They
 * settle at Q = w·boss opening + (1 − w)·rep opening. Haggling costs h·gap²/m_r in money: time
 * spent grows faster than the gap between the openings, so a rep gains by opening lower only up
 * to a point. A naive rep does not haggle: it accepts the boss's number m_b·(1 + d_b).
 */
import type { Haggling } from '../types';
import type { HagglingBehaviour } from './types';

export interface Openings {
  rep: number;
  boss: number;
  quota: number;
  gap: number;
  cost: number;
}

export function openings(
  stance: number,
  repBelief: number,
  bossView: number,
  haggling: Haggling,
  behaviour: HagglingBehaviour,
): Openings {
  const rep = repBelief * (1 - stance);
  const boss = bossView * (1 + haggling.bossOpening + behaviour.anticipation * stance);
  const quota = haggling.bossPower * boss + (1 - haggling.bossPower) * rep;
  const gap = boss - rep;
  return { rep, boss, quota, gap, cost: (behaviour.cost * gap * gap) / repBelief };
}

/** The quota a naive rep accepts: the boss's opening. */
export function bossNumber(bossView: number, haggling: Haggling): number {
  return bossView * (1 + haggling.bossOpening);
}
