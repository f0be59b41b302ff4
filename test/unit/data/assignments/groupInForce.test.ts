import { describe, expect, it } from 'vitest';
import { groupInForce } from '../../../../src/lib/data/assignments/groupInForce';
import type { Span } from '../../../../src/lib/data/assignments/readAssignments';

const span = (group: string, start: number, end: number | null): Span => ({
  rep: 'A',
  group,
  start,
  end,
  row: 2,
});

describe('groupInForce', () => {
  it('gives a rep who moved mid-period the group held on more days', () => {
    expect(groupInForce([span('N', 0, 40), span('S', 41, null)], 0, 90)).toBe('S');
    expect(groupInForce([span('N', 0, 60), span('S', 61, null)], 0, 90)).toBe('N');
  });

  it('gives a tie to the group moved to later', () => {
    expect(groupInForce([span('N', 0, 14), span('S', 15, null)], 0, 29)).toBe('S');
  });

  it('counts only the assigned days across a gap, and none at all as unassigned', () => {
    expect(groupInForce([span('W', 0, 10), span('E', 80, 85)], 0, 90)).toBe('W');
    expect(groupInForce([span('W', 0, 10), span('W', 100, null)], 31, 59)).toBeNull();
    expect(groupInForce([], 0, 30)).toBeNull();
  });

  it('adds the days of two spans in the same group', () => {
    const spans = [span('N', 0, 9), span('S', 10, 29), span('N', 30, null)];
    expect(groupInForce(spans, 0, 59)).toBe('N');
  });
});
