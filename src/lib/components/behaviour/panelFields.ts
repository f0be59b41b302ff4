import type { CompanySettings } from '$lib/engine/behaviour/types';
import { economicsFields } from '../exec/economicsFields';
import type { NumberSpec } from '../fields/numberSpec';
import { fieldLimits as L } from './fieldLimits';

/** The behaviour panel's numeric fields, per object of the settings they edit. */
export const naiveField: NumberSpec<'naiveShare'>[] = [
  {
    key: 'naiveShare',
    label: 'behaviour.naiveShare',
    help: 'behaviour.naiveShare.help',
    limit: L.naiveShare,
    percent: true,
    step: 5,
  },
];

export const beliefFields: NumberSpec<'bias' | 'noise'>[] = [
  {
    key: 'bias',
    label: 'behaviour.bias',
    help: 'behaviour.bias.help',
    limit: L.belief.bias,
    percent: true,
  },
  {
    key: 'noise',
    label: 'behaviour.noise',
    help: 'behaviour.noise.help',
    limit: L.belief.noise,
    percent: true,
  },
];

export const effortFields: NumberSpec<'maxLift' | 'cost'>[] = [
  {
    key: 'maxLift',
    label: 'behaviour.maxLift',
    help: 'behaviour.maxLift.help',
    limit: L.effort.maxLift,
    percent: true,
  },
  {
    key: 'cost',
    label: 'behaviour.effortCost',
    help: 'behaviour.effortCost.help',
    limit: L.effort.cost,
    percent: true,
    step: 0.1,
  },
];

export const hagglingFields: NumberSpec<'cost' | 'anticipation'>[] = [
  {
    key: 'cost',
    label: 'behaviour.hagglingCost',
    help: 'behaviour.hagglingCost.help',
    limit: L.haggling.cost,
    step: 0.0005,
  },
  {
    key: 'anticipation',
    label: 'behaviour.anticipation',
    help: 'behaviour.anticipation.help',
    limit: L.haggling.anticipation,
    percent: true,
    step: 5,
  },
];

export const timingFields: NumberSpec<'maxShare' | 'cost'>[] = [
  {
    key: 'maxShare',
    label: 'behaviour.maxShare',
    help: 'behaviour.maxShare.help',
    limit: L.timing.maxShare,
    percent: true,
    step: 5,
  },
  {
    key: 'cost',
    label: 'behaviour.timingCost',
    help: 'behaviour.timingCost.help',
    limit: L.timing.cost,
    step: 0.1,
  },
];

export const ratchetFields: NumberSpec<'years' | 'up' | 'down' | 'discount'>[] = [
  { key: 'years', label: 'behaviour.years', help: 'behaviour.years.help', limit: L.ratchet.years },
  {
    key: 'up',
    label: 'behaviour.up',
    help: 'behaviour.up.help',
    limit: L.ratchet.up,
    percent: true,
    step: 5,
  },
  {
    key: 'down',
    label: 'behaviour.down',
    help: 'behaviour.down.help',
    limit: L.ratchet.down,
    percent: true,
    step: 5,
  },
  {
    key: 'discount',
    label: 'behaviour.discount',
    help: 'behaviour.discount.help',
    limit: L.ratchet.discount,
    percent: true,
    step: 5,
  },
];

/**
 * The margin and forecast costs: Compare's own fields (labels, help, limits), since both
 * screens edit the same economics; the reps' risk aversion γ stays Compare's, this screen
 * weighs risk by its own attitude.
 */
export const companyFields = economicsFields.filter(
  (field): field is NumberSpec<keyof CompanySettings> => field.key !== 'riskAversion',
);
