import { describe, expect, it } from 'vitest';
import { longestTask, runWindows } from '../longTasks';

describe('long tasks during a run', () => {
  it('longestTask counts a task that overlaps the window at either end, and no other', () => {
    const tasks = [
      { start: 0, duration: 120 },
      { start: 95, duration: 60 },
      { start: 300, duration: 80 },
      { start: 500, duration: 400 },
    ];
    expect(longestTask(tasks, 100, 310)).toBe(120);
    expect(longestTask(tasks, 130, 310)).toBe(80);
    expect(longestTask(tasks, 390, 499)).toBe(0);
  });

  it('runWindows pairs each first running with the next done, skipping loading states', () => {
    const log = [
      { state: 'loading', at: 1 },
      { state: 'running', at: 5 },
      { state: 'running', at: 7 },
      { state: 'done', at: 20 },
      { state: 'loading', at: 30 },
      { state: 'running', at: 31 },
      { state: 'error', at: 35 },
      { state: 'done', at: 40 },
    ];
    expect(runWindows(log)).toEqual([
      [5, 20],
      [31, 40],
    ]);
  });
});
