import { describe, expect, it } from 'vitest';
import {
  holdLifeLock,
  lifeLockName,
  whenLifeLockFree,
  type Locks,
} from '../../../src/lib/workers/lifeLock';

/**
 * An exclusive lock manager after the Web Locks specification: requests for a name are granted
 * one at a time in order; a holder keeps the lock until its callback's promise settles or its
 * owner is dropped (as a worker's locks are when it goes away); an aborted waiting request
 * rejects with an AbortError.
 */
function fakeLocks() {
  const queues = new Map<string, { grant: () => void; owner: string }[]>();
  const held = new Map<string, { owner: string; release: () => void }>();

  const next = (name: string) => {
    if (held.has(name)) return;
    queues.get(name)?.shift()?.grant();
  };

  const forOwner = (owner: string): Locks => ({
    request: (name, options, callback) =>
      new Promise((resolve, reject) => {
        const waiting = {
          owner,
          grant: () => {
            const release = () => {
              held.delete(name);
              next(name);
            };
            held.set(name, { owner, release });
            Promise.resolve(callback()).then(resolve, reject).finally(release);
          },
        };
        options.signal?.addEventListener('abort', () => {
          const queue = queues.get(name) ?? [];
          const at = queue.indexOf(waiting);
          if (at >= 0) queue.splice(at, 1);
          reject(new DOMException('aborted', 'AbortError'));
        });
        queues.set(name, [...(queues.get(name) ?? []), waiting]);
        next(name);
      }),
  });

  const drop = (owner: string) => {
    for (const lock of [...held.values()]) if (lock.owner === owner) lock.release();
  };
  return { forOwner, drop, held };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('lifeLock', () => {
  it('whenLifeLockFree resolves only once the worker holding the lock is gone', async () => {
    const locks = fakeLocks();
    const name = lifeLockName();
    expect(await holdLifeLock(locks.forOwner('worker'), name)).toBe(true);

    let gone = false;
    void whenLifeLockFree(locks.forOwner('page'), name, new AbortController().signal).then(
      () => (gone = true),
    );
    await tick();
    expect(gone).toBe(false);

    locks.drop('worker');
    await tick();
    expect(gone).toBe(true);
  });

  it('whenLifeLockFree stays silent when the page stops the worker itself', async () => {
    const locks = fakeLocks();
    const name = lifeLockName();
    await holdLifeLock(locks.forOwner('worker'), name);
    const stopped = new AbortController();

    let gone = false;
    void whenLifeLockFree(locks.forOwner('page'), name, stopped.signal).then(() => (gone = true));
    stopped.abort();
    locks.drop('worker');
    await tick();

    expect(gone).toBe(false);
    expect(locks.held.size).toBe(0);
  });

  it('holdLifeLock says false where there is no lock manager (an insecure context)', async () => {
    await expect(holdLifeLock(undefined, lifeLockName())).resolves.toBe(false);
  });

  it('lifeLockName gives a different name each time', () => {
    const names = new Set(Array.from({ length: 100 }, lifeLockName));
    expect(names.size).toBe(100);
  });
});
