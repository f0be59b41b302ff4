/**
 * The behaviour layer inside the trial loop. Per trial and scheme, `realise` turns the common
 * draws into the sales reps book — effort scales them, strategic reps move deals between
 * periods, and a rep whose target is out of reach may drop the period's effort — and sets
 * each period's target: the plan's, last year's sales of the same period for a naive rep
 * under a self-set rule (its own booked sales from the run's second year on), or the ratchet
 * of last year's quota. Under a checkpoint rule it follows each block:
 * once a month of it has missed, the block is withheld and the rest of it keeps nothing.
 * The draws themselves are left untouched for the other schemes (common random numbers).
 * Everything is allocated once per block; a trial allocates nothing.
 *
 * Effort is planned before the period without counting on the option to drop it; a rep that
 * knew it could give up might plan a little more. Dropping it is weighed only when the target
 * is out of reach, so a rep past its target under α = 0 keeps working (and pushes deals).
 */
import type { PlannedScheme, SimPlan } from '../types';
import { emptySeries } from './emptySeries';
import { fixedPieces, type Pieces } from './fixedPieces';
import type { KernelPass, PassFigures } from './kernelPass';
import { TABLE_STRIDE, writePieces } from './payPieces';
import { periodRule } from './periodRule';
import { ratchet } from './ratchet';
import { chooseShift, concaveStart } from './shiftChoice';
import { shiftInput, writeCurvatures, type ShiftInput } from './timing';
import type { BehaviourPlan, BehaviourSeries } from './types';
import { ruinous, utility } from './utility';

export interface BehaviourBlock {
  /** Per scheme: the sales reps book in the current trial, and the plan with its targets. */
  sales: Float64Array[];
  views: PlannedScheme[];
  series: BehaviourSeries[];
  /**
   * Applies behaviour to trial k's draws for scheme s, whose total is `drawn`; returns the
   * scheme's total sales.
   */
  realise(s: number, draws: Float64Array, k: number, drawn: number): number;
  /**
   * Adds trial k's costs, planning cost and utility for scheme s once `pay` is filled and
   * tallied (`paid` is its total).
   */
  tally(s: number, pay: Float64Array, paid: number, k: number): void;
  /** Completes the series at the end of the block. */
  close(): void;
}

/**
 * Where a scheme's booked sales and targets are kept when someone else provides the room (the
 * WebAssembly kernel pays them from its own memory); undefined entries get arrays of their own.
 * With a `pass` the schemes it takes run their behaviour there too, on the draws in `sales`.
 */
export interface BookingRoom {
  sales: Float64Array;
  booked: (Float64Array | undefined)[];
  targets: (Float64Array | undefined)[];
  pass?: KernelPass;
}

/**
 * Per plan and scheme, the tables of pieces of pay and where chooseShift takes each as concave.
 * They depend on the plan alone (`behaviour` is its own), so its first block makes them and
 * the next ones read them (a worker runs many blocks of one plan); no block writes them.
 */
const tablesOfPlans = new WeakMap<SimPlan, { pieces: Pieces[]; starts: Float64Array[] }>();

export function behaviourBlock(
  plan: SimPlan,
  behaviour: BehaviourPlan,
  trials: number,
  room?: BookingRoom,
): BehaviourBlock {
  const cells = plan.reps * plan.periods;
  const views = plan.schemes.map((p, s) => ({
    ...p,
    target: room?.targets[s] ?? new Float64Array(cells),
  }));
  const sales = plan.schemes.map((_, s) => room?.booked[s] ?? new Float64Array(cells));
  const series = plan.schemes.map(() => emptySeries(trials, cells));
  const rules = plan.schemes.map((p) => periodRule(p.scheme));
  const inputs = rules.map((rule) => (rule === undefined ? undefined : shiftInput(rule)));
  let tables = tablesOfPlans.get(plan);
  if (tables === undefined) {
    const made = plan.schemes.map((_, s) => fixedPieces(plan, behaviour, s, inputs[s]));
    tables = { pieces: made, starts: made.map((p, s) => concaveStarts(p, inputs[s])) };
    tablesOfPlans.set(plan, tables);
  }
  const { pieces, starts } = tables;
  const pass = room?.pass;
  const shiftCost = new Float64Array(cells);
  const spent = new Float64Array(cells);
  const curvature = pass?.curvature ?? new Float64Array(cells);
  const inverse = pass?.inverse ?? new Float64Array(cells);
  writeCurvatures(behaviour.expected, behaviour.settings.timing.cost, curvature, inverse);
  const haggling = behaviour.schemes.map((b) => sum(b.hagglingCost));

  const steps: Step[] = plan.schemes.map((_, s) => ({
    plan,
    behaviour,
    s,
    draws: sales[s],
    booked: sales[s],
    target: views[s].target,
    input: inputs[s],
    pieces: pieces[s],
    starts: starts[s],
    out: series[s],
    shiftCost,
    spent,
    curvature,
    inverse,
    effort: sum(behaviour.schemes[s].effortCost),
    haggling: haggling[s],
  }));

  const inKernel = steps.map((step, s) => {
    const rule = rules[s];
    const checkpoint = rule?.kind === 'checkpoint';
    const run = pass?.scheme(s, {
      draws: room?.sales ?? sales[s],
      booked: sales[s],
      target: views[s].target,
      ...step.pieces,
      moves: step.input !== undefined && behaviour.schemes[s].timing,
      checkpoint,
      every: checkpoint ? rule.every : 0,
      rate: checkpoint ? rule.rate : 0,
    });
    // The tally reads the costs where the kernel's pass leaves them.
    if (run !== undefined) Object.assign(step, { shiftCost: run.shiftCost, spent: run.spent });
    return run;
  });

  const realise = (s: number, draws: Float64Array, k: number, drawn: number): number => {
    // The kernel's pass reads the draws where the room keeps them, which are these.
    const run = inKernel[s];
    if (run !== undefined) return recordPass(steps[s], k, drawn, run.run());
    steps[s].draws = draws;
    return realiseTrial(steps[s], k, drawn);
  };

  const tally = (s: number, pay: Float64Array, paid: number, k: number): void => {
    series[s].hagglingCost[k] = haggling[s];
    tallyTrial(steps[s], pay, paid, k);
  };

  const close = () => pass?.close(series);

  return { sales, views, series, realise, tally, close };
}

interface Step {
  plan: SimPlan;
  behaviour: BehaviourPlan;
  s: number;
  draws: Float64Array;
  booked: Float64Array;
  target: Float64Array;
  input: ShiftInput | undefined;
  pieces: Pieces;
  /** Per cell with a kept table, where chooseShift takes its pay as concave. */
  starts: Float64Array;
  out: BehaviourSeries;
  shiftCost: Float64Array;
  /** Effort cost per cell in the current trial: the plan's, or 0 where the rep gave up. */
  spent: Float64Array;
  /** Per cell, the curvature of the cost of moving deals and its inverse. */
  curvature: Float64Array;
  inverse: Float64Array;
  /** The plan's effort cost and haggling cost over every cell. */
  effort: number;
  haggling: number;
}

function realiseTrial(step: Step, k: number, drawn: number): number {
  const { plan, behaviour, s, draws, booked, target, input, out, shiftCost, spent } = step;
  const { table, counts } = step.pieces;
  const starts = step.starts;
  const planned = plan.schemes[s];
  const b = behaviour.schemes[s];
  const periods = plan.periods;
  const perYear = behaviour.periodsPerYear;
  const { timing, ratchet: rates } = behaviour.settings;
  const rule = input?.rule;
  // Checkpoint rules settle every `every` periods; other rules settle every period.
  const every = rule !== undefined && rule.kind === 'checkpoint' ? rule.every : 0;
  const rate = rule !== undefined && rule.kind === 'checkpoint' ? rule.rate : 0;
  let total = 0;
  let pulled = 0;
  let pushed = 0;
  let gaveUp = 0;
  let moving = 0;
  let planning = 0;
  const { overCost, underCost } = behaviour.settings.company;
  // Locals, not property reads in the loop: its calls (chooseShift, writePieces) make V8 read
  // every property again after each of them.
  const { lift, stake, nextMarginal, pushCap, ratchets, naiveReportsLastYear } = b;
  const { strategic: strategicReps, lastYear } = behaviour;
  const { curvature, inverse } = step;
  const { target: planTarget, fixedPay } = planned;
  const { cellPushed, cellPulled, cellSales, cellTarget } = out;
  const { maxShare } = timing;
  const { up, down } = rates;
  const moves = b.timing;
  // Effort a rep that gave up did not spend; `spent` starts each trial as the plan's.
  let saved = 0;
  spent.set(b.effortCost);

  for (let r = 0; r < plan.reps; r++) {
    const strategic = strategicReps[r] === 1;
    const mover = strategic && moves ? input : undefined;
    const first = r * periods;
    let carry = 0;
    // A month of the current settlement block has missed its target: the block is withheld.
    let lost = false;

    for (let j = 0; j < periods; j++) {
      const i = first + j;
      let x: number;
      if (ratchets && j >= perYear) {
        x = ratchet(target[i - perYear], booked[i - perYear], up, down);
      } else if (!strategic && naiveReportsLastYear) {
        x = j < perYear ? lastYear[i] : booked[i - perYear];
      } else {
        x = planTarget[i];
      }
      target[i] = x;

      let y = lift[i] * draws[i] + carry;
      let cost = 0;
      if (mover !== undefined && j < periods - 1) {
        const input = mover;
        input.target = x;
        input.fixed = every > 0 ? (lost ? 0 : stake[i]) : fixedPay[i];
        input.sales = y;
        input.maxPull = maxShare * lift[i + 1] * draws[i + 1];
        input.maxPush = Math.min(maxShare * y, pushCap[i]);
        input.curvature = curvature[i];
        input.inverse = inverse[i];
        const reach = y + input.maxPull >= x;
        // Within a block a month out of reach withholds the block: the next month's target
        // then keeps nothing, and a unit there earns only the rate.
        const nextDead = every > 0 && (j + 1) % every !== 0 && (lost || !reach);
        input.nextMarginal = nextDead ? rate : nextMarginal[i];
        // Kept tables already hold the cap and the ratchet's view; other cells need them.
        let at = i * TABLE_STRIDE;
        let pieces = table;
        let count = counts[i];
        let from = starts[i];
        if (count === 0) {
          setTerms(input, step, i);
          count = writePieces(input, input.table, 0);
          at = 0;
          pieces = input.table;
          from = concaveStart(input.rule, pieces, 0);
        }
        const jump = every > 0 ? input.fixed : 0;
        chooseShift(input, pieces, at, jump, count, from);
        let moved = input.shift;
        let quit = false;
        if (!reach && lift[i] !== 1) {
          // Out of reach: compare keeping the period's effort with dropping it.
          const keep = input.value - spent[i];
          input.sales = draws[i] + carry;
          input.maxPush = Math.min(maxShare * input.sales, pushCap[i]);
          chooseShift(input, pieces, at, jump, count, from);
          if (input.value > keep) {
            quit = true;
            y = input.sales;
            moved = input.shift;
            saved += spent[i];
            spent[i] = 0;
          }
        }
        // Giving up is dropping the period's effort or, out of reach, holding deals back; a
        // rep within reach that pushes deals while short is timing them, not giving up.
        if (quit || (moved > 0 && !reach)) gaveUp++;
        if (moved > 0) {
          pushed += moved;
          cellPushed[i] += moved;
        } else if (moved < 0) {
          pulled -= moved;
          cellPulled[i] -= moved;
        }
        cost = 0.5 * curvature[i] * moved * moved;
        moving += cost;
        y -= moved;
        // A move meant to land on the target lands on it, whatever the rounding of y − s.
        if (moved !== 0 && y < x && x - y <= 1e-12 * x) y = x;
        carry = moved;
        if (every > 0) lost = (j + 1) % every !== 0 && (lost || y < x);
      } else {
        carry = 0;
      }

      shiftCost[i] = cost;
      booked[i] = y;
      // Planning cost of target error, without a branch on the side of the miss, which would
      // be mispredicted half the time; NaN targets (rules without one) add nothing.
      const miss = x - y;
      if (miss === miss) {
        planning +=
          0.5 * (overCost * (Math.abs(miss) + miss) + underCost * (Math.abs(miss) - miss));
      }
      total += y;
      cellSales[i] += y;
      cellTarget[i] += x;
    }
  }

  record(out, k, drawn, pulled, pushed, gaveUp, moving, planning, step.effort - saved);
  return total;
}

/**
 * The trial's figures, stored by a call of its own: V8 compiles the long loop above on the
 * stack (OSR) before any trial has reached these stores, and code after the loop without
 * type feedback then threw every trial back to the interpreter.
 */
function record(
  out: BehaviourSeries,
  k: number,
  base: number,
  pulled: number,
  pushed: number,
  gaveUp: number,
  moving: number,
  planning: number,
  effort: number,
): void {
  out.baseSales[k] = base;
  out.pulled[k] = pulled;
  out.pushed[k] = pushed;
  out.gaveUp[k] = gaveUp;
  out.shiftCost[k] = moving;
  out.planningCost[k] = planning;
  out.effortCost[k] = effort;
}

/** The trial's figures from the kernel's pass, recorded as realiseTrial records its own. */
function recordPass(step: Step, k: number, drawn: number, f: PassFigures): number {
  const effort = step.effort - f.saved;
  record(step.out, k, drawn, f.pulled, f.pushed, f.gaveUp, f.moving, f.planning, effort);
  return f.total;
}

/** Where chooseShift takes each kept table's pay as concave (cells without one: 0, unread). */
function concaveStarts(pieces: Pieces, input: ShiftInput | undefined): Float64Array {
  const starts = new Float64Array(pieces.counts.length);
  if (input === undefined) return starts;
  for (let i = 0; i < starts.length; i++) {
    if (pieces.counts[i] > 0) starts[i] = concaveStart(input.rule, pieces.table, i * TABLE_STRIDE);
  }
  return starts;
}

/** The cell's cap and the ratchet's terms, which only writing a table of pieces reads. */
function setTerms(input: ShiftInput, step: Step, i: number): void {
  const planned = step.plan.schemes[step.s];
  const { up, down } = step.behaviour.settings.ratchet;
  input.cap = planned.cap === undefined ? Infinity : planned.cap[i];
  input.weight = step.behaviour.schemes[step.s].ratchetWeight[i];
  input.up = up;
  input.down = down;
}

/**
 * The reps' utility of net pay for one trial (realise has added the planning cost). A
 * risk-neutral rep's utility is its net pay, whose sum needs no per-cell costs: the pay is
 * the total the trial's tally took.
 */
function tallyTrial(step: Step, pay: Float64Array, paid: number, k: number): void {
  const { behaviour, shiftCost, spent, out } = step;
  const { hagglingCost } = behaviour.schemes[step.s];
  const { expected, settings } = behaviour;
  const risk = settings.risk;
  if (risk.kind === 'neutral') {
    out.utility[k] = paid - out.effortCost[k] - out.shiftCost[k] - step.haggling;
    return;
  }
  let welfare = 0;
  let ruin = false;
  const cells = out.cellUtility;
  for (let i = 0; i < pay.length; i++) {
    const net = pay[i] - spent[i] - shiftCost[i] - hagglingCost[i];
    const u = utility(risk, net, expected[i]);
    welfare += u;
    cells[i] += u;
    ruin ||= ruinous(risk, net, expected[i]);
  }
  // A trial where a rep's loss wipes out its wealth has no finite utility to average.
  out.utility[k] = ruin ? -Infinity : welfare;
}

function sum(values: Float64Array): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i];
  return total;
}
