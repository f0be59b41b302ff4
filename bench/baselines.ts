import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseRw1Line } from './rw1Result';
import type { Rw1Result } from './rw1Result';
import { RW1 } from './rw1Workload';

/** A baseline's run: its result, or why there is none (missing tool, or a failure). */
export type BaselineOutcome =
  | { status: 'ok'; result: Rw1Result }
  | { status: 'skipped'; reason: string }
  | { status: 'failed'; reason: string };

export interface BaselineOptions {
  trials?: number;
  seed?: number;
  /** Wall-clock limit for compiling and for running, each. */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 300_000;

/** A baseline that can be run again and again (the C program compiled once). */
export interface BaselineRunner {
  run(): BaselineOutcome;
  /** Removes what preparing it made (the compiled program). */
  dispose(): void;
}

/** Compiles bench/rw1.c once with gcc -O3 -march=native into a temporary folder. */
export function prepareCBaseline(options: BaselineOptions = {}): BaselineRunner {
  const timeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const dir = mkdtempSync(join(tmpdir(), 'rw1-c-'));
  const dispose = () => rmSync(dir, { recursive: true, force: true });
  const binary = join(dir, 'rw1');
  const source = fileURLToPath(new URL('./rw1.c', import.meta.url));
  const build = spawnSync('gcc', ['-O3', '-march=native', '-o', binary, source, '-lm'], {
    encoding: 'utf8',
    timeout,
  });

  let unrunnable: BaselineOutcome | undefined;
  if (missing(build.error)) unrunnable = { status: 'skipped', reason: 'gcc not found' };
  else if (build.error || build.status !== 0) {
    const why = build.error?.message ?? build.stderr.trim();
    unrunnable = { status: 'failed', reason: `gcc: ${why}` };
  }
  return {
    run: () => unrunnable ?? run(binary, runArgs(options), timeout),
    dispose,
  };
}

/** Compiles and runs bench/rw1.c once. */
export function runCBaseline(options: BaselineOptions = {}): BaselineOutcome {
  const runner = prepareCBaseline(options);
  try {
    return runner.run();
  } finally {
    runner.dispose();
  }
}

/** Runs bench/rw1.py with python3; the script itself reports a missing NumPy as skipped. */
export function runNumpyBaseline(options: BaselineOptions = {}): BaselineOutcome {
  const script = fileURLToPath(new URL('./rw1.py', import.meta.url));
  return run('python3', [script, ...runArgs(options)], options.timeoutMs);
}

function runArgs(options: BaselineOptions): string[] {
  return ['--trials', String(options.trials ?? RW1.trials), '--seed', String(options.seed ?? 1)];
}

function run(command: string, args: string[], timeout = DEFAULT_TIMEOUT_MS): BaselineOutcome {
  const child = spawnSync(command, args, { encoding: 'utf8', timeout, maxBuffer: 1 << 20 });
  if (missing(child.error)) return { status: 'skipped', reason: `${command} not found` };
  if (child.error) return { status: 'failed', reason: `${command}: ${child.error.message}` };
  if (child.status !== 0) {
    const why = child.signal ?? `exit ${child.status}`;
    return { status: 'failed', reason: `${command} (${why}): ${child.stderr.trim()}` };
  }

  try {
    const parsed = parseRw1Line(child.stdout, RW1.bins);
    return parsed.kind === 'skipped'
      ? { status: 'skipped', reason: parsed.reason }
      : { status: 'ok', result: parsed.result };
  } catch (error) {
    return { status: 'failed', reason: `${command}: unreadable output (${String(error)})` };
  }
}

function missing(error: Error | undefined): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
}
