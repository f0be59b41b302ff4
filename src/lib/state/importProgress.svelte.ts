import type { ImportStep, ImportWatch } from '../data/importWatch';

/** The step a confirmed import is in while it runs, and its Cancel (importWatch.ts). */
export class ImportProgress {
  step = $state<ImportStep | null>(null);
  /** The last import was cancelled: the dialog says so until another file or attempt. */
  cancelled = $state(false);
  #watch: ImportWatch | null = null;

  /** The watch for an import that starts now; the notice of a cancelled one goes. */
  start(): ImportWatch {
    const watch: ImportWatch = { cancelled: false, step: (step) => (this.step = step) };
    this.#watch = watch;
    this.cancelled = false;
    return watch;
  }

  /** `watch`'s import has ended; a newer one, if any, keeps its own step. */
  end(watch: ImportWatch): void {
    if (this.#watch === watch) [this.#watch, this.step] = [null, null];
  }

  /**
   * Stops the import under way before its next statement, at any step up to the end of the fit
   * (the data on screen stays until then); it then reports 'cancelled'. Known gap: a cancel in
   * the frame between the fit's end and the new data on screen is not heard, and the import
   * ends loaded; closing it needs the session to drop the step once the fit has ended.
   */
  cancel(): void {
    if (this.#watch) this.#watch.cancelled = true;
  }
}
