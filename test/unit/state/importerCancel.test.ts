import { noteText } from '$lib/data/dataNote';
import { note } from '$lib/data/importMessages';
import { describe, expect, it } from 'vitest';
import type { ImportOptions } from '../../../src/lib/data';
import type { ImportStep } from '../../../src/lib/data/importWatch';
import { Importer, type ImportTarget } from '../../../src/lib/state/importer.svelte';

const csv = ['rep,date,sales', 'Ann,2024-01-05,10', 'Bo,2024-02-05,20'].join('\n');

/**
 * A session stand-in that reports `step`, then waits for `go` and answers as the data layer
 * does: cancelled if the watch was cancelled by then. `seen` is the watch the import got.
 */
function pausedTarget(step: ImportStep) {
  let go = () => {};
  const waiting = new Promise<void>((resolve) => (go = resolve));
  const seen: { options?: ImportOptions } = {};
  const target: ImportTarget = {
    async importCsv(_name, _bytes, options) {
      seen.options = options;
      options.watch?.step(step);
      await waiting;
      return options.watch?.cancelled
        ? { status: 'cancelled' }
        : {
            status: 'failed',
            errors: [note('readFailed', { file: 'f.csv', reason: 'not cancelled' })],
          };
    },
  };
  return { target, go, seen };
}

async function chosen(): Promise<Importer> {
  const importer = new Importer();
  await importer.choose(new File([new TextEncoder().encode(csv)], 'orders.csv'));
  return importer;
}

describe('Importer.cancel', () => {
  it('shows the step under way and, once cancelled, says so with no errors', async () => {
    const importer = await chosen();
    const { target, go } = pausedTarget('checking');

    const confirming = importer.confirm(target);
    expect(importer.step).toBe('checking');
    importer.cancel();
    go();
    await confirming;

    expect(importer.cancelled).toBe(true);
    expect(importer.errors.map(noteText)).toEqual([]);
    expect(importer.step).toBeNull();
    expect(importer.result).toBeNull();
  });

  it('a cancel while the reps are fitted is passed on, and the import reports it', async () => {
    const importer = await chosen();
    const { target, go, seen } = pausedTarget('fitting');

    const confirming = importer.confirm(target);
    expect(importer.step).toBe('fitting');
    importer.cancel();
    expect(seen.options?.watch?.cancelled).toBe(true);
    go();
    await confirming;

    expect(importer.cancelled).toBe(true);
    expect(importer.errors.map(noteText)).toEqual([]);
    expect(importer.step).toBeNull();
  });

  it('a cancel after the import has ended reaches no watch', async () => {
    const importer = await chosen();
    const { target, go, seen } = pausedTarget('fitting');
    const confirming = importer.confirm(target);
    go();
    await confirming;

    importer.cancel();

    expect(seen.options?.watch?.cancelled).toBe(false);
    expect(importer.cancelled).toBe(false);
    expect(importer.errors.map(noteText)).toEqual(['f.csv: not cancelled']);
  });

  it('the options kept with the data carry no watch', async () => {
    const importer = await chosen();
    let kept: ImportOptions | null = null;
    const target: ImportTarget = {
      importCsv: async () => ({ status: 'loaded', summary: {} as never, thinReps: [] }),
    };

    await importer.confirm(target, (_name, _bytes, options) => (kept = options));

    expect(kept).not.toBeNull();
    expect(kept).not.toHaveProperty('watch');
  });

  it('choosing another file clears the notice of a cancelled import', async () => {
    const importer = await chosen();
    const { target, go } = pausedTarget('reading');
    const confirming = importer.confirm(target);
    importer.cancel();
    go();
    await confirming;
    expect(importer.cancelled).toBe(true);

    await importer.choose(new File([new TextEncoder().encode(csv)], 'other.csv'));

    expect(importer.cancelled).toBe(false);
  });
});
