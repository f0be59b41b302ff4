/**
 * A worker that stops without a word (it closed itself, or the browser stopped it) sends no
 * event, and comlink would wait for its answer forever. A Web Lock held by the worker is released
 * whenever its global goes away, however that happens, so a request for the same lock from the
 * page is granted exactly then. Web Locks exist only in secure contexts (https, localhost);
 * elsewhere the pool still sees crashes and load errors through the worker's error event.
 */

/** The part of the Web Locks API used here, so that tests can pass their own. */
export interface Locks {
  request(
    name: string,
    options: { signal?: AbortSignal },
    callback: () => unknown,
  ): Promise<unknown>;
}

/** A name no other worker in any tab of the app will use. */
export function lifeLockName(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `incentive-lab-worker-${hex}`;
}

/**
 * Worker side: takes the lock and keeps it for the worker's whole life. Resolves true once it
 * is held, false when there is no lock manager to hold it with.
 */
export function holdLifeLock(locks: Locks | undefined, name: string): Promise<boolean> {
  if (locks === undefined) return Promise.resolve(false);

  return new Promise((resolve) => {
    const forever = () => {
      resolve(true);
      return new Promise<never>(() => undefined);
    };
    locks.request(name, {}, forever).catch(() => resolve(false));
  });
}

/**
 * Page side, called after the worker holds the lock: resolves when the worker is gone. Aborting
 * `signal` (the page stopped the worker itself) withdraws the request; the promise then never
 * settles.
 */
export function whenLifeLockFree(locks: Locks, name: string, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    locks.request(name, { signal }, () => resolve()).catch(() => undefined);
  });
}
