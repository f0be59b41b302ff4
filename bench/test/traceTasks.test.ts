import { describe, expect, it } from 'vitest';
import {
  longestIn,
  markedMainThread,
  markTimes,
  threadTasks,
  type TraceEvent,
} from '../traceTasks';

const thread = (pid: number, tid: number, name: string): TraceEvent => ({
  name: 'thread_name',
  ph: 'M',
  pid,
  tid,
  ts: 0,
  args: { name },
});
const run = (tid: number, ts: number, dur: number, tdur?: number): TraceEvent => ({
  name: 'ThreadControllerImpl::RunTask',
  ph: 'X',
  pid: 1,
  tid,
  ts,
  dur,
  ...(tdur === undefined ? {} : { tdur }),
});
const mark = (tid: number, name: string, ts: number): TraceEvent => ({
  name,
  ph: 'R',
  pid: 1,
  tid,
  ts,
});

// Two renderer main threads; only thread 2 holds the page's marks. Thread 9 is a worker.
const events: TraceEvent[] = [
  thread(1, 1, 'CrRendererMain'),
  thread(1, 2, 'CrRendererMain'),
  thread(1, 9, 'DedicatedWorker thread'),
  mark(2, 'bench-running', 1_000),
  run(2, 900, 300, 250),
  run(2, 2_000, 80_000, 20_000),
  run(2, 5_000, 40_000, 39_000),
  run(1, 2_000, 900_000, 900_000),
  run(9, 2_000, 900_000, 900_000),
  mark(2, 'bench-done', 4_000),
];

describe('traceTasks', () => {
  it('markedMainThread picks the renderer main thread that holds the mark', () => {
    expect(markedMainThread(events, 'bench-running')).toBe('1:2');
    expect(markedMainThread(events, 'bench-nowhere')).toBeNull();
  });

  it('threadTasks keeps one thread top-level tasks in milliseconds', () => {
    expect(threadTasks(events, '1:2')).toEqual([
      { start: 900, wallMs: 0.3, cpuMs: 0.25 },
      { start: 2_000, wallMs: 80, cpuMs: 20 },
      { start: 5_000, wallMs: 40, cpuMs: 39 },
    ]);
    expect(threadTasks([run(2, 0, 1_000)], '1:2')[0].cpuMs).toBeNaN();
  });

  it('longestIn takes the longest wall and thread times of the tasks overlapping a window', () => {
    const tasks = threadTasks(events, '1:2');
    const [from] = markTimes(events, '1:2', 'bench-running');
    const [to] = markTimes(events, '1:2', 'bench-done');
    // The task at 5,000 µs starts after the window; the one at 900 µs overlaps its start.
    expect(longestIn(tasks, from, to)).toEqual({ wallMs: 80, cpuMs: 20 });
    expect(longestIn(tasks, from, to + 2_000)).toEqual({ wallMs: 80, cpuMs: 39 });
    expect(longestIn(tasks, 100_000, 200_000)).toEqual({ wallMs: 0, cpuMs: 0 });
  });
});
