import { describe, expect, it } from 'vitest';
import { raceDeath } from '../../../src/lib/workers/raceDeath';
import type { SimEndpoint } from '../../../src/lib/workers/simEndpoint';

const never = <T>() => new Promise<T>(() => undefined);
const hanging: SimEndpoint = { setPlan: never, run: never };

describe('raceDeath', () => {
  it('raceDeath fails a call in flight when the worker dies', async () => {
    let kill: (error: Error) => void = () => undefined;
    const died = new Promise<never>((_, reject) => (kill = reject));
    const endpoint = raceDeath(hanging, died);

    const call = endpoint.run([0]);
    kill(new Error('A simulation thread exited with code 1'));
    await expect(call).rejects.toThrow('exited with code 1');
  });

  it('raceDeath passes answers through while the worker lives', async () => {
    const answering: SimEndpoint = { setPlan: async () => undefined, run: async () => [] };
    const endpoint = raceDeath(answering, never());

    await expect(endpoint.setPlan({} as never)).resolves.toBeUndefined();
    await expect(endpoint.run([1])).resolves.toEqual([]);
  });

  it('raceDeath leaves no unhandled rejection when an idle worker dies', async () => {
    const unhandled: unknown[] = [];
    const listener = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', listener);

    raceDeath(hanging, Promise.reject(new Error('terminated while idle')));
    await new Promise((resolve) => setTimeout(resolve, 10));
    process.off('unhandledRejection', listener);
    expect(unhandled).toEqual([]);
  });
});
