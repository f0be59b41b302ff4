import { describe, expect, it } from 'vitest';
import { sweepFailure } from '$lib/components/tune/sweepFailure';
import type { CodedError } from '$lib/workers/codeOf';

const words = {
  workerFailed: 'a worker failed',
  coded: (code: CodedError, detail: string) => `${code.code}: ${detail}`,
};

describe('sweepFailure', () => {
  it('says only that a worker failed and keeps the engine’s text for Details', () => {
    const code: CodedError = {
      code: 'workerThrew',
      detail: 'TypeError: plan.reps[0] is undefined',
      params: {},
    };
    expect(sweepFailure(code, 'Error: x', words)).toEqual({
      message: 'a worker failed',
      detail: 'TypeError: plan.reps[0] is undefined',
    });
    expect(sweepFailure({ ...code, detail: '' }, 'Error: x', words).detail).toBe('Error: x');
  });

  it('words any other coded error in the line, with no Details', () => {
    const code: CodedError = { code: 'workerGone', detail: '', params: {} };
    expect(sweepFailure(code, 'gone', words)).toEqual({
      message: 'workerGone: gone',
      detail: null,
    });
    expect(sweepFailure(null, 'plain', words)).toEqual({ message: 'plain', detail: null });
  });
});
