/**
 * `npx tsx bench/browser.ts [--json]`: issue 7's browser figures in headless Chromium on the
 * built app (build/, served on 127.0.0.1 by scripts/serve.js): the time from navigation to
 * the first result on the built-in sample, and the import of a 1,000-rep company with its
 * run; for each, the longest main-thread task (Long Tasks API) inside the run's windows.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { launchChromium, openPage, serveBuild } from '../test/e2e/harness';
import { companyCsv } from './companyCsv';
import { longestTask, runWindows, type LongTask } from './longTasks';

const COMPANY_REPS = 1000;
const COMPANY_MONTHS = 24;
const RUN_TIMEOUT_MS = 300_000;

/** Records long tasks and run states from the first byte of every page, in page time. */
const RECORDER = `
  window.__bench = { tasks: [], states: [] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__bench.tasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver(() => {
    const el = document.querySelector('[data-testid="run-status"]');
    const state = el && el.getAttribute('data-state');
    const log = window.__bench.states;
    if (state && (log.length === 0 || log[log.length - 1].state !== state)) {
      log.push({ state, at: performance.now() });
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
  company: { reps: number; rows: number; importAndRunMs: number; longestTaskMs: number };
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
  return Math.max(0, ...windows.map(([from, to]) => longestTask(r.tasks, from, to)));
}

async function measure(url: string): Promise<Figures> {
  const browser = await launchChromium();
  try {
    const { page } = await openPage(browser, 'about:blank');
    await page.context().addInitScript(RECORDER);
    await page.goto(url);

    // Page time starts at navigation, so the first 'done' is the time to the first result.
    const firstResultMs = await waitForDone(page, 0);
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

    return {
      firstResultMs,
      longestTaskMs,
      company: {
        reps: COMPANY_REPS,
        rows: COMPANY_REPS * COMPANY_MONTHS,
        importAndRunMs: doneAt - confirmAt,
        longestTaskMs: longestInRuns(await recorded(page), confirmAt),
      },
    };
  } finally {
    await browser.close();
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { json: { type: 'boolean', default: false } } });
  if (!existsSync('/usr/bin/chromium') && process.env.CHROMIUM_PATH === undefined) {
    process.stdout.write(`${JSON.stringify({ skipped: 'chromium not found' })}\n`);
    return 0;
  }
  const served = await serveBuild();
  try {
    const figures = await measure(served.url);
    const f = figures;
    const text = [
      `first result on the sample: ${f.firstResultMs.toFixed(0)} ms after navigation`,
      `longest main-thread task during that run: ${f.longestTaskMs.toFixed(0)} ms`,
      `${f.company.reps}-rep company (${f.company.rows} rows): import and run ` +
        `${f.company.importAndRunMs.toFixed(0)} ms, longest task during its run ` +
        `${f.company.longestTaskMs.toFixed(0)} ms`,
    ].join('\n');
    process.stdout.write(values.json ? `${JSON.stringify(figures)}\n` : `${text}\n`);
    return 0;
  } finally {
    served.stop();
  }
}

process.exitCode = await main();
