import { expect } from 'vitest';

/**
 * Asserts that two values hold the same numbers bit for bit (Object.is, so NaN equals NaN and
 * 0 differs from -0), walking arrays, typed arrays and objects.
 */
export function expectBitIdentical(actual: unknown, expected: unknown, path = '$'): void {
  if (typeof expected === 'number') {
    expect(typeof actual, path).toBe('number');
    if (!Object.is(actual, expected)) expect.fail(`${path}: ${actual} is not ${expected}`);
    return;
  }
  if (typeof expected !== 'object' || expected === null) {
    expect(actual, path).toBe(expected);
    return;
  }

  expect(typeof actual === 'object' && actual !== null, path).toBe(true);
  const a = actual as Record<string, unknown>;
  const e = expected as Record<string, unknown>;
  if (ArrayBuffer.isView(expected)) expect(a.constructor, path).toBe(e.constructor);
  const keys = ArrayBuffer.isView(expected) ? Object.keys(expected) : Object.keys(e).sort();
  const actualKeys = ArrayBuffer.isView(actual) ? Object.keys(a) : Object.keys(a).sort();
  expect(actualKeys, path).toEqual(keys);
  for (const key of keys) expectBitIdentical(a[key], e[key], `${path}.${key}`);
}
