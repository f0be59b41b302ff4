import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RunScreen } from '../../../../src/lib/components/behaviour/behaviourRun.svelte';
import type { RepModel, RunSummary, Scheme } from '../../../../src/lib/engine';

// A pool whose runs wait until finished or cancelled, as the shared worker pool's do: a run
// cancelled by anyone rejects with an AbortError.
const pool = vi.hoisted(() => ({
  runs: 0,
  finish: (): void => {},
  cancel: (): void => {},
}));
vi.mock('../../../../src/lib/workers', () => ({
  planAndRun: () => {
    pool.runs++;
    let finish = () => {};
    let cancel = () => {};
    const promise = new Promise((resolve, reject) => {
      finish = () => resolve({ summary: { runs: pool.runs } as unknown as RunSummary });
      cancel = () => reject(new DOMException('The simulation was cancelled', 'AbortError'));
    });
    pool.finish = finish;
    pool.cancel = cancel;
    return { promise, cancel };
  },
}));

const { BehaviourRun } =
  await import('../../../../src/lib/components/behaviour/behaviourRun.svelte');
const { busyScreen, stopNote } = await import('../../../../src/lib/components/behaviour/stopNote');
const { setLocale } = await import('../../../../src/lib/i18n/i18n.svelte');
const { en } = await import('../../../../src/lib/i18n/en');
const { zhCN } = await import('../../../../src/lib/i18n/zh-CN');

const reps: RepModel[] = [
  { id: 'a', name: 'a', mean: [400, 400], sigma: 0.1, historyPeriods: 24 },
] as RepModel[];
// The mocked pool runs nothing: a scheme only has to pass the refusal check on its way there.
const schemes = [{ kind: 'self-set', id: 'essay', rate: 0.05 }] as unknown as Scheme[];

/** Starts a run, which reaches the pool before this returns; `otherRun` names who stops it. */
function start(
  run: InstanceType<typeof BehaviourRun>,
  otherRun: () => RunScreen | null = () => null,
): Promise<void> {
  return run.run(reps, schemes, { seed: 1, trials: 100, baseline: 'essay', otherRun });
}

afterEach(() => {
  pool.runs = 0;
  setLocale('en');
});

describe('a stopped behaviour run', () => {
  it('says the user cancelled it and keeps the previous result', async () => {
    const run = new BehaviourRun();
    const first = start(run);
    pool.finish();
    await first;
    const previous = run.result;
    expect(previous).not.toBeNull();

    const second = start(run);
    run.cancel();
    await second;

    expect(run.state).toBe('cancelled');
    expect(run.stop).toEqual({ by: 'user' });
    expect(run.result).toBe(previous);
  });

  it('names the screen whose run took the workers when the user did not cancel', async () => {
    const run = new BehaviourRun();
    const stopped = start(run, () => 'tune');
    pool.cancel();
    await stopped;

    expect(run.state).toBe('cancelled');
    expect(run.stop).toEqual({ by: 'other', screen: 'tune' });
    expect(run.result).toBeNull();
  });

  it('forgets the stop when the next run starts', async () => {
    const run = new BehaviourRun();
    const stopped = start(run);
    run.cancel();
    await stopped;
    const next = start(run);
    expect(run.stop).toBeNull();
    pool.finish();
    await next;
    expect([run.state, run.stop]).toEqual(['done', null]);
  });

  it('never starts with a setting out of range', async () => {
    const run = new BehaviourRun();
    run.settings.haggling.cost = 1.5;
    await start(run);
    expect(pool.runs).toBe(0);
    expect(run.state).toBe('idle');
  });
});

describe('the note of a stopped run', () => {
  it('finds the screen that holds the workers: a sweep or pay per rep, else a comparison', () => {
    const idle = { state: 'done', perRepBusy: false };
    expect(busyScreen({ busy: false }, { state: 'running', perRepBusy: false })).toBe('tune');
    expect(busyScreen({ busy: false }, { state: 'done', perRepBusy: true })).toBe('tune');
    expect(busyScreen({ busy: true }, idle)).toBe('compare');
    expect(busyScreen({ busy: false }, idle)).toBeNull();
  });

  for (const [locale, words] of [
    ['en', en],
    ['zh-CN', zhCN],
  ] as const) {
    it(`says who stopped it in ${locale}, naming the screen as the navigation does`, () => {
      setLocale(locale);
      expect(stopNote({ by: 'user' })).toBe(words['behaviour.stopped.user']);
      expect(stopNote({ by: 'other', screen: null })).toBe(words['behaviour.stopped.other']);
      const compare = stopNote({ by: 'other', screen: 'compare' });
      expect(compare).toBe(
        words['behaviour.stopped.screen'].replace('{{screen}}', words['nav.compare']),
      );
      expect(stopNote({ by: 'other', screen: 'tune' })).toContain(words['nav.tune']);
    });
  }
});
