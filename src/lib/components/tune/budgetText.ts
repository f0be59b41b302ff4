import type { Budget } from '$lib/engine/sweep';
import { fmt, t } from '$lib/i18n/i18n.svelte';

/**
 * The budget as the answer names it: a share with every digit it was typed with (4.237%, not
 * the two significant digits a share reads with elsewhere, which named a budget nobody set),
 * an amount as money.
 */
export function budgetText(budget: Budget): string {
  if (budget.kind === 'amount') {
    return t('tune.budgetAmountText', { amount: fmt(budget.amount, 'money') });
  }
  const digits = shownDecimals(budget.share * 100);
  return t('tune.budgetShareText', { share: fmt(budget.share, 'percent', { digits }) });
}

/** Decimals of a number as a field shows it, to 12 significant digits: 4.237 has 3, 1e-7 has 7. */
export function shownDecimals(value: number): number {
  const [mantissa, exponent = '0'] = String(Number(value.toPrecision(12))).split('e');
  const decimals = (mantissa.split('.')[1] ?? '').length - Number(exponent);
  return Math.min(20, Math.max(0, decimals));
}
