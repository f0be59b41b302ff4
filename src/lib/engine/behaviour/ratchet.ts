/**
 * The ratchet (domain.md §2; Leone, Misra & Zimmerman 2004): next year's quota moves towards
 * this year's sales, more after a beat than after a miss, "whipping the fast ox".
 */

/** Q' − Q = up·(Y − Q) if Y > Q, else down·(Y − Q). */
export function ratchetStep(quota: number, sales: number, up: number, down: number): number {
  return sales > quota ? up * (sales - quota) : down * (sales - quota);
}

/** Next year's quota: Q' = Q + up·(Y − Q) if Y > Q, else Q + down·(Y − Q). */
export function ratchet(quota: number, sales: number, up: number, down: number): number {
  return quota + ratchetStep(quota, sales, up, down);
}
