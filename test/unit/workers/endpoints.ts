import { inProcessEndpoint } from '../../../src/lib/workers/inProcessEndpoint';
import type { SimEndpoint } from '../../../src/lib/workers/simEndpoint';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Calls seen by an endpoint, so that tests can tell what the scheduler asked for and when. */
export interface Recorded extends SimEndpoint {
  plans: number;
  asked: number[];
}

/**
 * An in-process endpoint that answers after `delay(block)` milliseconds, adding the blocks it
 * answers to `answered` (which endpoints may share, to see the order across all of them).
 */
export function slowEndpoint(delay: (block: number) => number, answered: number[] = []): Recorded {
  const inner = inProcessEndpoint();
  const endpoint: Recorded = {
    plans: 0,
    asked: [],
    setPlan: async (plan) => {
      endpoint.plans += 1;
      await inner.setPlan(plan);
    },
    run: async (blocks) => {
      endpoint.asked.push(...blocks);
      await sleep(delay(blocks[0]));
      answered.push(...blocks);
      return inner.run(blocks);
    },
  };
  return endpoint;
}

/** An endpoint that throws `thrown` when asked for block `failAt`. */
export function throwingEndpoint(failAt: number, thrown: unknown): SimEndpoint {
  const inner = inProcessEndpoint();
  return {
    setPlan: (plan) => inner.setPlan(plan),
    run: async (blocks) => {
      if (blocks.includes(failAt)) throw thrown;
      return inner.run(blocks);
    },
  };
}

/** Delays in 0..max ms from a fixed linear congruential sequence: scrambled, but repeatable. */
export function scrambledDelays(max: number): (block: number) => number {
  return (block) => ((block * 1103515245 + 12345) >>> 8) % (max + 1);
}
