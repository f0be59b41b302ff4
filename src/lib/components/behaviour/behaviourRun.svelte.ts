import * as v from 'valibot';
import { BLOCK_TRIALS, type RepModel, type RunSummary, type Scheme } from '$lib/engine';
import { behaviourSchema } from '$lib/engine/behaviour/behaviourSchema';
import { DEFAULT_BEHAVIOUR } from '$lib/engine/behaviour/constants';
import type { BehaviourSettings } from '$lib/engine/behaviour/types';
import { schemesRefusal, type SchemesRefusal } from '$lib/state/schemesRefusal';
import { planAndRun } from '$lib/workers';

export type BehaviourState = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';

/** What a run was made of, so later edits of the panel do not relabel its results. */
export interface BehaviourResult {
  summary: RunSummary;
  reps: RepModel[];
  schemes: Scheme[];
  settings: BehaviourSettings;
}

/** True when every setting is in the range a scenario file would accept. */
export function behaviourValid(settings: BehaviourSettings): boolean {
  return v.safeParse(behaviourSchema, settings).success;
}

/**
 * The behaviour screen's run: its settings, kept for the whole visit, and the latest result.
 * It runs on the shared worker pool, so a run started elsewhere cancels it and the reverse.
 */
export class BehaviourRun {
  settings = $state<BehaviourSettings>(structuredClone(DEFAULT_BEHAVIOUR));
  state = $state<BehaviourState>('idle');
  progress = $state({ done: 0, total: 0 });
  failure = $state<string | null>(null);
  /** Why the latest run was refused before any worker ran, as the comparison refuses it. */
  refusal = $state.raw<SchemesRefusal | null>(null);
  result = $state.raw<BehaviourResult | null>(null);
  #cancel: (() => void) | null = null;
  #token = 0;

  get valid(): boolean {
    return behaviourValid(this.settings);
  }

  async run(reps: RepModel[], schemes: Scheme[], options: RunOptions): Promise<void> {
    const token = ++this.#token;
    this.#cancel?.();
    const settings = $state.snapshot(this.settings) as BehaviourSettings;
    this.failure = null;
    // Schemes that do not fit the reps (a scenario's quarterly letters on monthly data) are
    // refused in the user's words, as the comparison does, not in the engine's from a worker.
    this.refusal = schemesRefusal(schemes, reps);
    if (this.refusal) {
      this.state = 'failed';
      return;
    }
    this.state = 'running';
    try {
      const { seed, trials, baseline } = options;
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
      const { summary } = await handle.promise;
      if (token !== this.#token) return;
      this.result = { summary, reps, schemes, settings };
      this.state = 'done';
    } catch (error) {
      if (token !== this.#token) return;
      const cancelled = error instanceof DOMException && error.name === 'AbortError';
      this.state = cancelled ? 'cancelled' : 'failed';
      this.failure = cancelled ? null : (error as Error).message;
    } finally {
      if (token === this.#token) this.#cancel = null;
    }
  }

  cancel(): void {
    this.#cancel?.();
  }
}

export interface RunOptions {
  seed: number;
  trials: number;
  baseline: string;
}

export const behaviourRun = new BehaviourRun();
