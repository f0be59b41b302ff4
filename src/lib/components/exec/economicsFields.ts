import type { Economics } from '$lib/engine/sweep';
import type { NumberSpec } from '../fields/numberSpec';

/** The company's assumptions as the page takes them; shares are typed as percentages. */
export const economicsFields: NumberSpec<keyof Economics>[] = [
  {
    key: 'margin',
    setting: 'margin',
    label: 'economics.margin',
    help: 'economics.marginHelp',
    percent: true,
  },
  {
    key: 'overCost',
    setting: 'overCost',
    label: 'economics.overCost',
    help: 'economics.overCostHelp',
    percent: true,
  },
  {
    key: 'underCost',
    setting: 'underCost',
    label: 'economics.underCost',
    help: 'economics.underCostHelp',
    percent: true,
  },
  {
    key: 'riskAversion',
    setting: 'riskAversion',
    label: 'economics.riskAversion',
    help: 'economics.riskAversionHelp',
    step: 0.5,
  },
];
