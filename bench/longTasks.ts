/** A main-thread task the Long Tasks API reported (over 50 ms), in page milliseconds. */
export interface LongTask {
  start: number;
  duration: number;
}

/** The longest task overlapping [from, to], or 0 when none did. */
export function longestTask(tasks: LongTask[], from: number, to: number): number {
  let longest = 0;
  for (const t of tasks) {
    if (t.start < to && t.start + t.duration > from) longest = Math.max(longest, t.duration);
  }
  return longest;
}

/** The run windows [start of 'running', next 'done'] in a page's log of run states. */
export function runWindows(states: { state: string; at: number }[]): [number, number][] {
  const windows: [number, number][] = [];
  let start: number | null = null;
  for (const { state, at } of states) {
    if (state === 'running' && start === null) start = at;
    if (state === 'done' && start !== null) {
      windows.push([start, at]);
      start = null;
    }
  }
  return windows;
}
