/**
 * Pay against sales for one rep and one period, for the scheme editor's curve and table. The
 * rep has expected sales `expected` and log-volatility `sigma`; the scheme is planned for it
 * as in a run (so a rep's own target is its best response and a menu contract its choice),
 * then the target, forecast or quota is set to `target` when one is given. Fines, the
 * receivables check and every rule that needs several periods are left out: the curve shows
 * one period's pay, as if it closed a settlement on schedule.
 */
import { planContext } from '../plan';
import { trialStream } from '../random';
import type { Scheme } from '../types';
import { schemeModule } from './registry';

export interface CurvePoint {
  expected: number;
  sigma: number;
  /** The target (or forecast, or quota) to draw the curve for; the planned one if absent. */
  target?: number;
}

export interface PayCurve {
  /** The target the curve is drawn for (NaN for schemes without one). */
  target: number;
  pay: Float64Array;
}

export function payCurve(scheme: Scheme, point: CurvePoint, sales: ArrayLike<number>): PayCurve {
  const rep = {
    id: 'curve',
    name: 'curve',
    mean: [point.expected],
    sigma: point.sigma,
    historyPeriods: 0,
    thin: false,
  };
  const module = schemeModule(scheme.kind);
  const planned = module.plan(oneSettlement(scheme), planContext(0, [rep], 1));
  if (point.target !== undefined && !Number.isNaN(planned.target[0])) {
    planned.target[0] = point.target;
    if (planned.catchUp !== undefined) planned.catchUp[0] = point.target;
  }

  const pay = new Float64Array(sales.length);
  const one = new Float64Array(1);
  const out = new Float64Array(1);
  const context = {
    periods: 1,
    duties: trialStream(0, 0),
    events: new Float64Array(planned.events.length),
    deductions: new Float64Array(planned.deductions?.length ?? 0),
  };
  for (let k = 0; k < sales.length; k++) {
    one[0] = sales[k];
    module.payRep(planned, 0, one, out, context);
    pay[k] = out[0];
  }
  return { target: planned.target[0], pay };
}

/** The scheme without the duties and one-off checks that have no place on a pay curve. */
function oneSettlement(scheme: Scheme): Scheme {
  if (scheme.kind === 'pharma-letter') {
    const { receivables: _, ...rest } = scheme;
    return { ...rest, fines: [] };
  }
  if (scheme.kind === 'condiment-letter') return { ...scheme, fines: [] };
  return scheme;
}
