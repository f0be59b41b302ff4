import type { Scheme } from '$lib/engine';
import type { SweepParameter } from '$lib/engine/sweep';

/**
 * Whether the note that payout is proportional to the rate, and the reps' best targets do not
 * move with it, is true of a sweep. A rate sweep scales α, β and γ of the essay's rule together,
 * so pay scales with it when nothing else bounds it: no cap, and a floor of zero or none (the
 * 'deduct' floor stops at the base pay, a fixed amount). The letters and the other parameters
 * are not scaled that way, so the note is not shown for them.
 */
export function rateNoteHolds(sweep: { base: Scheme; parameter: SweepParameter }): boolean {
  const { base, parameter } = sweep;
  return (
    parameter === 'rate' &&
    base.kind === 'truth-telling' &&
    base.floor !== 'deduct' &&
    base.cap === undefined
  );
}
