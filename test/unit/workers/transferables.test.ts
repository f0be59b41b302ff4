import { describe, expect, it } from 'vitest';
import { transferables } from '../../../src/lib/workers/transferables';

describe('transferables', () => {
  it('transferables finds the buffer of every typed array, however deep', () => {
    const a = new Float64Array(3);
    const b = new Float64Array(2);
    const c = new Uint8Array(4);
    const value = { block: 0, series: [{ payout: a, sales: b }], deep: { list: [[c]] } };

    expect(new Set(transferables(value))).toEqual(new Set([a.buffer, b.buffer, c.buffer]));
  });

  it('transferables lists a buffer shared by two views once', () => {
    const buffer = new ArrayBuffer(32);
    const value = [new Float64Array(buffer, 0, 2), new Float64Array(buffer, 16, 2)];

    expect(transferables(value)).toEqual([buffer]);
  });

  it('transferables gives a list that postMessage accepts and that moves the buffers', () => {
    const value = { x: new Float64Array([1, 2]), y: [new Float64Array([3])] };
    const list = transferables(value);
    const moved = structuredClone(value, { transfer: list });

    expect(Array.from(moved.x)).toEqual([1, 2]);
    expect(value.x.length).toBe(0);
  });

  it('transferables finds nothing in plain numbers and strings', () => {
    expect(transferables({ a: 1, b: 'two', c: [3, null, undefined] })).toEqual([]);
  });
});
