/**
 * `npx tsx bench/browser.ts [--json] [--dir DIR] [--tasks]`: issue 7's browser figures in
 * headless Chromium on the built app (build/, or DIR so that a copy can be measured while others
 * rebuild build/; served on 127.0.0.1 by scripts/serve.js): the time from navigation to the
 * first result on the built-in sample, and the import of a 1,000-rep company with its run; for
 * each, the longest main-thread task inside the run's window (Long Tasks API, wall time) and the
 * most processor time one task took there (a trace's thread time, which load does not stretch).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { commandArgs } from '../src/cli/commandArgs';
import { launchChromium, openPage, projectRoot } from '../test/e2e/harness';
import { companyCsv } from './companyCsv';
import { longestTask, runWindows, type LongTask } from './longTasks';
import { serveDir } from './serveDir';
import { longestIn, markedMainThread, markTimes, threadTasks, type TraceEvent } from './traceTasks';

const COMPANY_REPS = 1000;
const COMPANY_MONTHS = 24;
const RUN_TIMEOUT_MS = 300_000;
// A run's results render in the paints after its status turns 'done': its window runs this
// much longer, so that rendering them counts as part of the run.
const SETTLE_MS = 1500;

/** Records long tasks and run states from the first byte of every page, in page time. */
const RECORDER = `
  window.__bench = { tasks: [], states: [] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      window.__bench.tasks.push({ start: e.startTime, duration: e.duration });
    }
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver(() => {
    const el = document.querySelector('[data-testid="run-status"]');
    const state = el && el.getAttribute('data-state');
    const log = window.__bench.states;
    if (state && (log.length === 0 || log[log.length - 1].state !== state)) {
      log.push({ state, at: performance.now() });
      performance.mark('bench-' + state);
    }
  }).observe(document, { subtree: true, childList: true, attributes: true });
`;

interface Recorded {
  tasks: LongTask[];
  states: { state: string; at: number }[];
}

interface Figures {
  firstResultMs: number;
  longestTaskMs: number;
  /** The same task's processor time (thread time in a trace): what load does not stretch. */
  longestTaskCpuMs: number;
  company: {
    reps: number;
    rows: number;
    importAndRunMs: number;
    longestTaskMs: number;
    longestTaskCpuMs: number;
    /** From confirming the import to the settled result: the import's own tasks included. */
    longestTaskWithImportMs: number;
  };
  /** Every long task and state change, for reading where a long task fell. */
  log: Recorded;
}

async function recorded(page: Page): Promise<Recorded> {
  return page.evaluate(() => (window as unknown as { __bench: Recorded }).__bench);
}

async function waitForDone(page: Page, after: number): Promise<number> {
  await page.waitForFunction(
    (since) => {
      const log = (window as unknown as { __bench: Recorded }).__bench.states;
      return log.some((s) => s.state === 'done' && s.at > since);
    },
    after,
    { timeout: RUN_TIMEOUT_MS, polling: 10 },
  );
  const log = (await recorded(page)).states;
  return log.find((s) => s.state === 'done' && s.at > after)?.at ?? NaN;
}

function longestInRuns(r: Recorded, after: number): number {
  const windows = runWindows(r.states).filter(([start]) => start >= after);
  return Math.max(0, ...windows.map(([from, to]) => longestTask(r.tasks, from, to + SETTLE_MS)));
}

const settle = (page: Page) => page.waitForTimeout(SETTLE_MS + 200);

/**
 * The most processor time one main-thread task took in each run window of the trace, the
 * windows told by the recorder's marks: [first window, last window].
 */
function cpuInRuns(events: TraceEvent[]): [number, number] {
  const thread = markedMainThread(events, 'bench-running');
  if (thread === null) return [Number.NaN, Number.NaN];
  const tasks = threadTasks(events, thread);
  const starts = markTimes(events, thread, 'bench-running');
  const ends = markTimes(events, thread, 'bench-done');
  const windows = starts.map((from) => [from, ends.find((to) => to > from) ?? Infinity]);
  const cpu = windows.map(([from, to]) => longestIn(tasks, from, to + SETTLE_MS * 1000).cpuMs);
  return [cpu[0] ?? Number.NaN, cpu.at(-1) ?? Number.NaN];
}

async function measure(url: string): Promise<Figures> {
  const browser = await launchChromium();
  try {
    const { page } = await openPage(browser, 'about:blank');
    await page.context().addInitScript(RECORDER);
    await browser.startTracing(page, {
      categories: ['toplevel', 'blink.user_timing', '__metadata'],
    });
    await page.goto(url);

    // Page time starts at navigation, so the first 'done' is the time to the first result.
    const firstResultMs = await waitForDone(page, 0);
    await settle(page);
    const longestTaskMs = longestInRuns(await recorded(page), 0);

    const csv = companyCsv(COMPANY_REPS, COMPANY_MONTHS);
    await page.locator('[data-testid="import-file"]').setInputFiles({
      name: 'company.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await page.locator('[data-testid="import-confirm"]').waitFor({ timeout: RUN_TIMEOUT_MS });
    const confirmAt = await page.evaluate(() => performance.now());
    await page.locator('[data-testid="import-confirm"]').click();
    const doneAt = await waitForDone(page, confirmAt);
    await settle(page);
    const log = await recorded(page);
    const trace = JSON.parse((await browser.stopTracing()).toString()) as {
      traceEvents: TraceEvent[];
    };
    const [sampleCpu, companyCpu] = cpuInRuns(trace.traceEvents);

    return {
      firstResultMs,
      longestTaskMs,
      longestTaskCpuMs: sampleCpu,
      company: {
        reps: COMPANY_REPS,
        rows: COMPANY_REPS * COMPANY_MONTHS,
        importAndRunMs: doneAt - confirmAt,
        longestTaskMs: longestInRuns(log, confirmAt),
        longestTaskCpuMs: companyCpu,
        longestTaskWithImportMs: longestTask(log.tasks, confirmAt, doneAt + SETTLE_MS),
      },
      log,
    };
  } finally {
    await browser.close();
  }
}

async function main(): Promise<number> {
  const { values } = commandArgs(
    'usage: npx tsx bench/browser.ts [--json] [--dir BUILD] [--tasks]',
    {
      json: { type: 'boolean', default: false },
      dir: { type: 'string', default: resolve(projectRoot, 'build') },
      tasks: { type: 'boolean', default: false },
    },
  );
  if (!existsSync('/usr/bin/chromium') && process.env.CHROMIUM_PATH === undefined) {
    process.stdout.write(`${JSON.stringify({ skipped: 'chromium not found' })}\n`);
    return 0;
  }
  const served = await serveDir(resolve(String(values.dir)));
  try {
    const { log, ...f } = await measure(served.url);
    const text = [
      `first result on the sample: ${f.firstResultMs.toFixed(0)} ms after navigation`,
      `longest main-thread task during that run: ${f.longestTaskMs.toFixed(0)} ms ` +
        `(most processor time in one task: ${f.longestTaskCpuMs.toFixed(0)} ms)`,
      `${f.company.reps}-rep company (${f.company.rows} rows): import and run ` +
        `${f.company.importAndRunMs.toFixed(0)} ms, longest task during its run ` +
        `${f.company.longestTaskMs.toFixed(0)} ms ` +
        `(processor time ${f.company.longestTaskCpuMs.toFixed(0)} ms; ` +
        `${f.company.longestTaskWithImportMs.toFixed(0)} ms with the import's own tasks)`,
      ...(values.tasks ? [JSON.stringify(log)] : []),
    ].join('\n');
    const json = JSON.stringify(values.tasks ? { ...f, log } : f);
    process.stdout.write(values.json ? `${json}\n` : `${text}\n`);
    return 0;
  } finally {
    served.stop();
  }
}

process.exitCode = await main();
