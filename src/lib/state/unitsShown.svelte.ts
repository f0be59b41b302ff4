import { currency, setCurrency, type Currency } from '../i18n/i18n.svelte';

/**
 * The unit money is shown in, for the two data a run can use: the loaded history and a
 * scenario's own reps. The app shows one unit at a time (i18n's currency), but the two may be
 * counted in different ones (the sample in yuan, the reference rep in plain numbers), so the
 * unit of the data not in use is kept here and shown again when that data runs again. Opening
 * a scenario in another unit therefore does not change the unit the history is counted in.
 * Shortcoming: while a scenario's reps run, the loaded history's own chart (data panel) reads
 * in their unit too.
 */
export class UnitsShown {
  // State, so that what reads the history's unit (the kept settings) follows its changes.
  #onReps = $state(false);
  /** The unit of the data not in use now. */
  #other: Currency = $state(currency());

  /** The unit the loaded history is counted in, whichever data runs now. */
  get historyUnit(): Currency {
    return this.#onReps ? this.#other : currency();
  }

  /** Shows the unit of the scenario's reps (true) or of the loaded history (false). */
  show(onReps: boolean): void {
    if (onReps === this.#onReps) return;
    const leaving = currency();
    setCurrency(this.#other);
    this.#other = leaving;
    this.#onReps = onReps;
  }

  /**
   * A scenario opens, with the history's unit shown. The unit it states is its reps' when it
   * lists reps, else the history's (a letter in 万元 run on a file); one that states none
   * counts its reps in the history's unit. True when its reps are in another unit than the
   * history.
   */
  open(stated: Currency | undefined, ownReps: boolean): boolean {
    this.show(false);
    if (!ownReps) {
      if (stated !== undefined) setCurrency(stated);
      return false;
    }
    this.#other = stated ?? currency();
    return this.#other !== currency();
  }
}
