/**
 * The condiment letter's targets in terms of the rep's total cases. Each SKU is a fixed share
 * of the cases, so SKU k is on target when share_k · Y ≥ T_k, and every SKU is when Y reaches
 * max_k T_k / share_k; the same holds for cumulative sales and targets. (SKU mixes that vary
 * by period would need a sales model per SKU; the calibrated data has one series per rep.)
 */
import type { Sku } from '../types';

/** The total sales at which every SKU meets its target; Infinity if a SKU sells none. */
export function skuThreshold(skus: readonly Sku[], targetOf: (k: number) => number): number {
  let threshold = 0;
  for (let k = 0; k < skus.length; k++) {
    const target = targetOf(k);
    if (target <= 0) continue;
    threshold = Math.max(threshold, skus[k].share > 0 ? target / skus[k].share : Infinity);
  }
  return threshold;
}

/** Commission per case of the mix: Σ share_k · commission_k. */
export function mixCommission(skus: readonly Sku[]): number {
  return skus.reduce((sum, sku) => sum + sku.share * sku.commissionPerCase, 0);
}
