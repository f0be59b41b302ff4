import * as v from 'valibot';
import {
  BLOCK_TRIALS,
  type RepModel,
  type RunSummary,
  type Scheme,
  type SimPlan,
} from '$lib/engine';
import { behaviourSchema } from '$lib/engine/behaviour/behaviourSchema';
import type { BehaviourSettings } from '$lib/engine/behaviour/types';
import { DEFAULT_ECONOMICS, type Economics } from '$lib/engine/sweep';
import { currency, type Currency } from '$lib/i18n/i18n.svelte';
import { behaviourFrom, withCompany, type OwnBehaviour } from '$lib/state/behaviourSettings';
import { schemesRefusal, type SchemesRefusal } from '$lib/state/schemesRefusal';
import { planAndRun } from '$lib/workers';
import { fieldsOutOfRange } from './fieldLimits';

export type BehaviourState = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';

/** What a run was made of, so later edits of the panel do not relabel its results. */
export interface BehaviourResult {
  summary: RunSummary;
  /** The plan it ran, whose targets say whether they fit the reps (targetsUnfit). */
  plan: SimPlan;
  reps: RepModel[];
  schemes: Scheme[];
  settings: BehaviourSettings;
  /** The unit the reps were counted in, which the results keep once other data are in use. */
  unit: Currency;
}

/** The screens whose runs take the shared workers, and so stop a behaviour run. */
export type RunScreen = 'compare' | 'tune';

/** Who stopped the latest run: the user's Cancel, or a run started on another screen. */
export type BehaviourStop = { by: 'user' } | { by: 'other'; screen: RunScreen | null };

/**
 * True when no field is marked out of range on the panel and the settings are ones a scenario
 * file would accept (the same ranges, and the choices that are not numbers).
 */
export function behaviourValid(settings: BehaviourSettings): boolean {
  return fieldsOutOfRange(settings).length === 0 && v.safeParse(behaviourSchema, settings).success;
}

/**
 * Where the panel's settings live: the session, which a scenario file fills and writes. The
 * company's margin and forecast costs are Compare's economics, so both screens edit one set.
 */
export interface SettingsHolder {
  behaviour: OwnBehaviour;
  settings: { economics: Economics };
}

/** Settings of a run not tied to a session (tests), starting from the defaults. */
class OwnSettings implements SettingsHolder {
  behaviour = $state<OwnBehaviour>(behaviourFrom(null));
  settings = $state({ economics: { ...DEFAULT_ECONOMICS } });
}

/**
 * The behaviour screen's run: its settings, kept in `holder` for the whole visit, and the
 * latest result. It runs on the shared worker pool, so a run started elsewhere cancels it and
 * the reverse.
 */
export class BehaviourRun {
  #holder: SettingsHolder;
  state = $state<BehaviourState>('idle');
  progress = $state({ done: 0, total: 0 });
  failure = $state<string | null>(null);
  /** Why the latest run was refused before any worker ran, as the comparison refuses it. */
  refusal = $state.raw<SchemesRefusal | null>(null);
  result = $state.raw<BehaviourResult | null>(null);
  /** Who stopped the latest run, while its state is 'cancelled'. */
  stop = $state.raw<BehaviourStop | null>(null);
  #cancel: (() => void) | null = null;
  #byUser = false;
  #token = 0;

  constructor(holder: SettingsHolder = new OwnSettings()) {
    this.#holder = holder;
  }

  /** The screen's own settings, which the panel edits. */
  get settings(): OwnBehaviour {
    return this.#holder.behaviour;
  }

  set settings(next: OwnBehaviour) {
    this.#holder.behaviour = next;
  }

  /** The shared economics: the panel edits their margin and forecast costs. */
  get economics(): Economics {
    return this.#holder.settings.economics;
  }

  set economics(next: Economics) {
    this.#holder.settings.economics = next;
  }

  /** The settings a run would take now: the screen's own with the shared economics. */
  get current(): BehaviourSettings {
    return withCompany(
      $state.snapshot(this.settings) as OwnBehaviour,
      $state.snapshot(this.economics),
    );
  }

  get valid(): boolean {
    return behaviourValid(this.current);
  }

  async run(reps: RepModel[], schemes: Scheme[], options: RunOptions): Promise<void> {
    const settings = this.current;
    const unit = currency();
    // The panel's Run is off then; this holds for every other way in as well.
    if (!behaviourValid(settings)) return;
    const token = ++this.#token;
    this.#cancel?.();
    const { seed, trials, baseline, otherRun = () => null } = options;
    this.failure = null;
    this.stop = null;
    this.#byUser = false;
    // Schemes that do not fit the reps (a scenario's quarterly letters on monthly data) are
    // refused in the user's words, as the comparison does, not in the engine's from a worker.
    this.refusal = schemesRefusal(schemes, reps);
    if (this.refusal) {
      this.state = 'failed';
      return;
    }
    this.state = 'running';
    try {
      this.progress = { done: 0, total: trials };
      // The reps' stances and best responses are solved in the first worker, not on this thread.
      const planSettings = { seed, trials, schemes, behaviour: settings };
      const handle = planAndRun(planSettings, reps, baseline, {
        onProgress: (blocks) => {
          if (token === this.#token) {
            this.progress = { done: Math.min(blocks * BLOCK_TRIALS, trials), total: trials };
          }
        },
      });
      this.#cancel = handle.cancel;
      const { plan, summary } = await handle.promise;
      if (token !== this.#token) return;
      this.result = { summary, plan, reps, schemes, settings, unit };
      this.state = 'done';
    } catch (error) {
      if (token !== this.#token) return;
      const cancelled = error instanceof DOMException && error.name === 'AbortError';
      this.state = cancelled ? 'cancelled' : 'failed';
      this.failure = cancelled ? null : (error as Error).message;
      // A cancel the user did not press came from a run that took the workers; the screen
      // busy now is the one it started on.
      if (cancelled) {
        this.stop = this.#byUser ? { by: 'user' } : { by: 'other', screen: otherRun() };
      }
    } finally {
      if (token === this.#token) this.#cancel = null;
    }
  }

  cancel(): void {
    if (this.#cancel === null) return;
    this.#byUser = true;
    this.#cancel();
  }
}

export interface RunOptions {
  seed: number;
  trials: number;
  baseline: string;
  /** The screen whose run holds the workers now, if any: asked when this run is stopped. */
  otherRun?: () => RunScreen | null;
}
