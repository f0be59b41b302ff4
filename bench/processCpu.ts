/**
 * Processor time of the processes this one started (Chromium and its helpers, the static
 * server), read from /proc, so Linux only; the kernel counts it in 100 ticks per second.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** The fields of a /proc stat line after the command's name, which may hold spaces. */
function statFields(stat: string): string[] {
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

/** utime + stime of a stat line, in ticks. */
function ticks(fields: string[]): number {
  return Number(fields[11]) + Number(fields[12]);
}

/** Every process below this one, with the processor ticks it has used so far. */
function descendants(): Map<number, number> {
  const parents = new Map<number, number>();
  const used = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let fields: string[];
    try {
      fields = statFields(readFileSync(`/proc/${entry}/stat`, 'utf8'));
    } catch {
      continue; // the process ended while we looked
    }
    parents.set(Number(entry), Number(fields[1]));
    used.set(Number(entry), ticks(fields));
  }

  const mine = new Map<number, number>();
  for (const [pid, spent] of used) {
    let up = parents.get(pid);
    while (up !== undefined && up > 1 && up !== process.pid) up = parents.get(up);
    if (up === process.pid) mine.set(pid, spent);
  }
  return mine;
}

/** Processor seconds used so far by every process below this one. */
export function childrenCpu(): number {
  let total = 0;
  for (const spent of descendants().values()) total += spent;
  return total / 100;
}

/**
 * Processor seconds used so far by each thread of Chromium's processes, keyed by process type,
 * the thread's name as Linux has it and its id (renderer/chromium#7: the page's main thread;
 * renderer/DedicatedWorker: DuckDB's worker and the simulation's; renderer/ThreadPoolForeg:
 * V8's background compilation and garbage collection, among others).
 */
export function threadCpu(): Map<string, number> {
  const byName = new Map<string, number>();
  for (const pid of descendants().keys()) {
    let tasks: string[];
    let kind: string;
    try {
      tasks = readdirSync(`/proc/${pid}/task`);
      // Chromium rewrites its helpers' command lines: arguments may be joined by spaces.
      const line = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!line.includes('chrom')) continue; // the static server
      kind = /--type=([\w-]+)/.exec(line)?.[1] ?? 'browser';
    } catch {
      continue;
    }
    for (const task of tasks) {
      try {
        const stat = readFileSync(`/proc/${pid}/task/${task}/stat`, 'utf8');
        const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        byName.set(`${kind}/${name}#${task}`, ticks(statFields(stat)) / 100);
      } catch {
        continue; // the thread ended while we looked
      }
    }
  }
  return byName;
}
