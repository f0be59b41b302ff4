import { describe, expect, it } from 'vitest';
import { codeOf } from '../../../src/lib/workers/codeOf';
import { errorFrom, flattenError } from '../../../src/lib/workers/flattenError';
import { RunError } from '../../../src/lib/workers/runError';

describe('flattenError', () => {
  it('flattenError keeps the name, message and stack of an Error as plain data', () => {
    const error = new TypeError('bad plan');
    const flat = flattenError(error);

    expect(flat).toEqual({ name: 'TypeError', message: 'bad plan', stack: error.stack });
    expect(Object.getPrototypeOf(flat)).toBe(Object.prototype);
    expect(structuredClone(flat)).toEqual(flat);
  });

  it('flattenError turns a thrown string or number into an Error-named message', () => {
    expect(flattenError('out of memory')).toEqual({ name: 'Error', message: 'out of memory' });
    expect(flattenError(42)).toEqual({ name: 'Error', message: '42' });
  });

  it('flattenError reads an object that only looks like an error', () => {
    const thrown = { name: 'RangeError', message: 'too many trials', stack: 'at worker' };
    expect(flattenError(thrown)).toEqual(thrown);
    expect(flattenError({ code: 7 })).toEqual({ name: 'Error', message: '[object Object]' });
  });

  it('errorFrom rebuilds an Error that carries the worker name and stack', () => {
    const error = errorFrom({ name: 'RangeError', message: 'too many trials', stack: 'at w' });

    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('RangeError');
    expect(error.message).toBe('too many trials');
    expect(error.stack).toBe('at w');
  });

  it('flattenError and errorFrom carry a run error code and its values across a clone', () => {
    const thrown = new RunError('runTooBig', 'too big', { need: 5, reps: 'all' });
    const back = errorFrom(structuredClone(flattenError(thrown)));

    expect(back).toBeInstanceOf(RunError);
    expect(back).toMatchObject({ code: 'runTooBig', message: 'too big', params: thrown.params });
  });

  it('flattenError drops a code that is not one of the run error codes', () => {
    const flat = flattenError({ name: 'Error', message: 'm', code: 'ENOENT', params: { a: 1 } });
    expect(flat).toEqual({ name: 'Error', message: 'm' });
  });
});

describe('codeOf', () => {
  it('codeOf keeps the code of a run error wherever it was thrown', () => {
    const thrown = new RunError('workerGone', 'gone');
    for (const step of ['database', 'data', 'simulation', 'other'] as const) {
      expect(codeOf(thrown, step)).toEqual({ code: 'workerGone', detail: 'gone', params: {} });
    }
  });

  it('codeOf codes an uncoded error by the step it was thrown in, keeping its text', () => {
    const thrown = new Error('Catalog Error: no table il_rows');
    expect(codeOf(thrown, 'database').code).toBe('dbStart');
    expect(codeOf(thrown, 'data').code).toBe('dbQuery');
    expect(codeOf(thrown, 'simulation').code).toBe('workerThrew');
    expect(codeOf('what', 'other')).toEqual({ code: 'unknown', detail: 'what', params: {} });
    expect(codeOf(thrown, 'data').detail).toBe(thrown.message);
  });
});
