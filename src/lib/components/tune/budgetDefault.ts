/**
 * The total payout the budget field offers before the user types one: the expected payout of
 * the scheme at hand, rounded to two significant figures as the figures are shown (yuan when
 * the data are in 万元), so that the first answer is near the scheme as it pays now. With no
 * payout known yet (no run), a round million in the unit shown. Amounts are in the data's unit.
 */
export function defaultBudgetAmount(payout: number | undefined, shownPerDataUnit: number): number {
  const shown =
    payout !== undefined && Number.isFinite(payout) && payout > 0
      ? payout * shownPerDataUnit
      : 1_000_000;
  const step = 10 ** (Math.floor(Math.log10(shown)) - 1);
  return (Math.round(shown / step) * step) / shownPerDataUnit;
}
