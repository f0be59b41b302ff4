import { DEFAULT_FLOOR } from '../constants';
import type { FloorPolicy, TruthTellingScheme } from '../types';

export interface SelfSetOptions {
  id?: string;
  label?: string;
  basePay?: number;
}

/** The essay's scheme Z = t·min(X, 2Y − X) as the family member α = 0, β = t, γ = 2t. */
export function selfSet(
  rate: number,
  floor: FloorPolicy = DEFAULT_FLOOR,
  options: SelfSetOptions = {},
): TruthTellingScheme {
  const id = options.id ?? 'self-set';
  return {
    kind: 'truth-telling',
    id,
    label: options.label ?? id,
    alpha: 0,
    beta: rate,
    gamma: 2 * rate,
    floor,
    basePay: options.basePay ?? 0,
  };
}
