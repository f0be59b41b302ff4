import { describe, expect, it } from 'vitest';
import type { RunSummary } from '../../../src/lib/engine';
import { RunStatus } from '../../../src/lib/state/runStatus.svelte';
import type { Stage } from '../../../src/lib/state/stages';

/** A status with results or none, whose protected steps a test can take. */
class Probe extends RunStatus {
  summary: RunSummary | null = null;
  stopped = 0;

  request(stage: Stage): number {
    return this.begin(stage);
  }

  simulating(): void {
    this.cancelRun = () => (this.stopped += 1);
  }

  simulated(): void {
    this.cancelRun = null;
  }

  next(token: number, stage: Stage): boolean {
    return this.step(token, stage);
  }

  threw(token: number, error: unknown): void {
    this.fail(token, error);
  }
}

const someResults = {} as RunSummary;

describe('RunStatus', () => {
  it('a newer request supersedes the older one, whose steps then write nothing', () => {
    const status = new Probe();
    const older = status.request('fetch');
    status.simulating();
    const newer = status.request('plan');

    expect(status.stopped).toBe(1);
    expect(status.next(older, 'run')).toBe(false);
    expect(status.stage).toBe('plan');
    expect(status.next(newer, 'run')).toBe(true);
    expect([status.state, status.stage]).toEqual(['running', 'run']);
  });

  it('cancel stops the simulation, dims results on screen and outdates the request', () => {
    const status = new Probe();
    status.summary = someResults;
    const token = status.request('plan');
    status.simulating();

    status.cancel();

    expect(status.stopped).toBe(1);
    expect([status.state, status.stage, status.stale]).toEqual(['cancelled', null, true]);
    expect(status.next(token, 'run')).toBe(false);
  });

  it('cancel leaves alone a run whose results are already being put on screen', () => {
    const status = new Probe();
    const token = status.request('plan');
    status.next(token, 'run');
    status.simulating();
    status.simulated();

    status.cancel();

    expect(status.state).toBe('running');
    expect(status.next(token, 'run')).toBe(true);
  });

  it('a thrown error fails the stage it was in, with a code for where that stage runs', () => {
    const status = new Probe();
    const token = status.request('db');
    status.threw(token, new Error('no wasm'));

    expect(status.state).toBe('error');
    expect(status.failure).toEqual({ stage: 'db', message: 'no wasm', details: ['no wasm'] });
    expect(status.failureCode?.code).toBe('dbStart');
    expect(status.stale).toBe(false);
  });

  it('an error thrown by an outdated request is dropped', () => {
    const status = new Probe();
    const older = status.request('import');
    status.request('plan');
    status.threw(older, new Error('late'));

    expect([status.state, status.failure]).toEqual(['loading', null]);
  });
});
