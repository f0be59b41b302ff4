/**
 * What the company and the reps value beyond pay and sales (domain.md §6): the margin that
 * turns sales into profit, the planning cost of target error the essay names as the reason
 * accurate targets matter, and how much reps dislike risk.
 */
export interface Economics {
  /** Gross margin on sales before incentive pay: profit = margin·sales − payout − expenses. */
  margin: number;
  /** Cost per unit of over-forecast (target above actual): stock and cash tied up. */
  overCost: number;
  /** Cost per unit of under-forecast (actual above target): sales lost for want of stock. */
  underCost: number;
  /** Relative risk aversion γ of the reps; 0 is risk-neutral. */
  riskAversion: number;
}

export const DEFAULT_ECONOMICS: Readonly<Economics> = {
  margin: 0.3,
  overCost: 0.1,
  underCost: 0.3,
  riskAversion: 1,
};
