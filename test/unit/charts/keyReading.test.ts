import { describe, expect, it } from 'vitest';
import { nextMark } from '../../../src/lib/charts/keyReading';

describe('nextMark', () => {
  it('steps through the marks with the arrow keys and stops at the ends', () => {
    expect(nextMark('ArrowRight', -1, 3)).toBe(0);
    expect(nextMark('ArrowRight', 2, 3)).toBe(2);
    expect(nextMark('ArrowDown', 0, 3)).toBe(1);
    expect(nextMark('ArrowLeft', -1, 3)).toBe(2);
    expect(nextMark('ArrowUp', 0, 3)).toBe(0);
  });

  it('goes to the ends with Home and End, leaves with Escape and ignores other keys', () => {
    expect(nextMark('Home', 2, 3)).toBe(0);
    expect(nextMark('End', 0, 3)).toBe(2);
    expect(nextMark('Escape', 1, 3)).toBe(-1);
    expect(nextMark('Tab', 1, 3)).toBeNull();
    expect(nextMark('ArrowRight', -1, 0)).toBeNull();
  });
});
