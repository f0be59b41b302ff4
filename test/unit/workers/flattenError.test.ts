import { describe, expect, it } from 'vitest';
import { errorFrom, flattenError } from '../../../src/lib/workers/flattenError';

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
});
