/**
 * The numeric parameters of a scheme that a sweep can vary, named by their path in the scheme
 * ('beta', 'haggling.bossPower'). 'rate' is the essay's commission rate t of a truth-telling
 * scheme: it scales α, β and γ together, so the rule keeps its shape (domain.md §1).
 */
import type { Scheme } from '../types';

/** 'rate' or the dotted path of a numeric field of the scheme. */
export type SweepParameter = string;

/** Every parameter a sweep may vary, 'rate' first where it applies, then the fields in order. */
export function sweepParameters(scheme: Scheme): SweepParameter[] {
  const paths: SweepParameter[] = scheme.kind === 'truth-telling' ? ['rate'] : [];
  for (const [key, value] of Object.entries(scheme)) {
    if (typeof value === 'number') paths.push(key);
    else if (isRecord(value)) {
      for (const [inner, leaf] of Object.entries(value)) {
        if (typeof leaf === 'number') paths.push(`${key}.${inner}`);
      }
    }
  }
  return paths;
}

/** The current value of a parameter; throws when the scheme has no such number. */
export function parameterValue(scheme: Scheme, parameter: SweepParameter): number {
  if (parameter === 'rate') return rateOf(scheme);
  const [key, inner] = split(parameter);
  const field: unknown = (scheme as unknown as Record<string, unknown>)[key];
  const value = inner === undefined ? field : isRecord(field) ? field[inner] : undefined;
  if (typeof value !== 'number') throw new RangeError(missing(scheme, parameter));
  return value;
}

/** A copy of the scheme with one parameter set; the original is left alone. */
export function withParameter(scheme: Scheme, parameter: SweepParameter, value: number): Scheme {
  if (parameter === 'rate') {
    const factor = value / rateOf(scheme);
    if (scheme.kind !== 'truth-telling' || !Number.isFinite(factor)) {
      throw new RangeError(`scheme ${scheme.id}: cannot scale a rate of 0 to ${value}`);
    }
    const { alpha, beta, gamma } = scheme;
    return { ...scheme, alpha: alpha * factor, beta: beta * factor, gamma: gamma * factor };
  }

  parameterValue(scheme, parameter);
  const [key, inner] = split(parameter);
  const copy = { ...scheme } as unknown as Record<string, unknown>;
  if (inner === undefined) copy[key] = value;
  else copy[key] = { ...(copy[key] as Record<string, unknown>), [inner]: value };
  return copy as unknown as Scheme;
}

function rateOf(scheme: Scheme): number {
  if (scheme.kind !== 'truth-telling') throw new RangeError(missing(scheme, 'rate'));
  return scheme.beta;
}

function split(parameter: SweepParameter): [string, string | undefined] {
  const [key, inner, ...rest] = parameter.split('.');
  if (rest.length > 0) throw new RangeError(`parameter ${parameter}: at most one dot expected`);
  return [key, inner];
}

function missing(scheme: Scheme, parameter: SweepParameter): string {
  return `scheme ${scheme.id} (${scheme.kind}) has no numeric parameter ${parameter}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
