/**
 * Main-thread tasks from a Chromium trace (categories `toplevel`, `blink.user_timing`,
 * `__metadata`): each task's wall time and the processor time its thread really ran. On a
 * machine shared with other work a task's wall time stretches by whatever held the cores
 * meanwhile; its thread time does not, so it tells what the page itself costs.
 */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

export interface TraceTask {
  /** Start, in the trace's microseconds. */
  start: number;
  wallMs: number;
  /** Thread time; NaN when the trace did not record it. */
  cpuMs: number;
}

const task = 'ThreadControllerImpl::RunTask';

/** The renderer main thread that holds the mark `marker`, as "pid:tid"; null if none does. */
export function markedMainThread(events: TraceEvent[], marker: string): string | null {
  const mains = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const mark = events.find((e) => e.name === marker && mains.has(`${e.pid}:${e.tid}`));
  return mark ? `${mark.pid}:${mark.tid}` : null;
}

/** Every top-level task of one thread ("pid:tid"), in trace order. */
export function threadTasks(events: TraceEvent[], thread: string): TraceTask[] {
  return events
    .filter((e) => e.name === task && e.ph === 'X' && `${e.pid}:${e.tid}` === thread)
    .map((e) => ({
      start: e.ts,
      wallMs: (e.dur ?? 0) / 1000,
      cpuMs: e.tdur === undefined ? Number.NaN : e.tdur / 1000,
    }));
}

/** Trace times of every mark named `name` on one thread, in order. */
export function markTimes(events: TraceEvent[], thread: string, name: string): number[] {
  return events
    .filter((e) => e.name === name && `${e.pid}:${e.tid}` === thread)
    .map((e) => e.ts)
    .sort((a, b) => a - b);
}

/** The longest wall and thread times of tasks overlapping [from, to] (trace microseconds). */
export function longestIn(
  tasks: TraceTask[],
  from: number,
  to: number,
): { wallMs: number; cpuMs: number } {
  let wallMs = 0;
  let cpuMs = 0;
  for (const t of tasks) {
    if (t.start >= to || t.start + t.wallMs * 1000 <= from) continue;
    wallMs = Math.max(wallMs, t.wallMs);
    if (!Number.isNaN(t.cpuMs)) cpuMs = Math.max(cpuMs, t.cpuMs);
  }
  return { wallMs, cpuMs };
}
