/**
 * `npm run bench:import [-- --rows N] [--dir DIR] [--chromium-only] [--steps N]`: the import's
 * scale check. Writes an N-row CSV (1,000,000 by default) to a temporary folder, imports it in
 * Node (blocking DuckDB; not with --chromium-only) and in headless Chromium through the built
 * app's import dialog (build/, or DIR), and prints seconds and rows/s for each, the ratio, the
 * longest the page went without painting a frame while importing, and Chromium's time by phase
 * from the app's own measures (importTiming.ts) and by thread. Needs `npm run build`.
 *
 * Wall time on a shared machine moves with the load, so each figure comes with the processor
 * time spent on it (Node's own; for Chromium, every process it started, read from /proc, so
 * Linux only) and the 1-minute load average: compare processor times between runs.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { commandArgs } from '../src/cli/commandArgs';
import { importFile } from '../src/lib/data/importFile';
import { openNodeDb } from '../src/lib/data/nodeDb';
import { launchChromium, openPage, projectRoot } from '../test/e2e/harness';
import { phasesOf, phaseSum, type Measure } from './importPhases';
import { childrenCpu, threadCpu } from './processCpu';
import { serveDir } from './serveDir';

/**
 * Orders as a sales system exports them: `rows` rows of rep, order day, amount with cents and a
 * status, 500 reps over the three years 2021–2023, one row in 50 cancelled.
 */
export function benchCsv(rows: number): string {
  const lines = ['rep,order_date,amount,status'];
  const start = Date.UTC(2021, 0, 1);
  for (let i = 0; i < rows; i += 1) {
    const rep = `R${String(i % 500).padStart(3, '0')}`;
    const day = new Date(start + ((i * 7919) % 1095) * 86_400_000).toISOString().slice(0, 10);
    const amount = (50 + ((i * 104_729) % 20_000) / 10).toFixed(2);
    lines.push(`${rep},${day},${amount},${i % 50 === 0 ? 'cancelled' : 'shipped'}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Wall and processor seconds of one step. */
interface Spent {
  wall: number;
  cpu: number;
}

async function inNode(bytes: Uint8Array): Promise<Spent> {
  const db = await openNodeDb();
  const started = performance.now();
  const cpu = process.cpuUsage();
  const outcome = await importFile(db, 'bench.csv', bytes);
  if (!outcome.ok) throw new Error(outcome.errors.join('\n'));
  const used = process.cpuUsage(cpu);
  return { wall: (performance.now() - started) / 1000, cpu: (used.user + used.system) / 1e6 };
}

/**
 * Waits until Chromium's processes use under a tenth of a core over half a second (at most
 * 30 s): after its first result the page starts DuckDB and loads the sample's rows into it in the
 * background, which a user opening the import dialog seconds later never waits for.
 */
async function untilIdle(): Promise<void> {
  const until = performance.now() + 30_000;
  let before = childrenCpu();
  while (performance.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const now = childrenCpu();
    if (now - before < 0.05) return;
    before = now;
  }
}

interface BrowserTimes {
  preview: number;
  import: Spent;
  /** Longest gap between painted frames from choosing the file to the import's result. */
  longestFrameGap: number;
  /** Milliseconds from confirm to the result by phase, in the page's own clock (phasesOf). */
  phases: [string, number][];
  /**
   * Milliseconds from the bench's start of the import's clock to the page's click handler, and
   * from the result's appearing in the page to the bench's seeing it.
   */
  lag: { toClick: number; toSeen: number };
  /** Processor seconds of DuckDB's worker thread over the import. */
  duckdb: number;
  /** Processor seconds by thread name over the import (threadCpu), largest first. */
  threads: [string, number][];
  /** Milliseconds from the result's appearing to the next frame's start. */
  toFrame: number;
  /** Long tasks ending after the result appeared: [start after it, duration] in ms. */
  longTasksAfter: [number, number][];
  /** Confirm to result shown in the page's clock, milliseconds. */
  pageTotal: number;
  /** The longest single steps (--steps of them): name and milliseconds. */
  slowest: [string, number][];
}

async function inChromium(file: string, dir: string, steps: number): Promise<BrowserTimes> {
  const served = await serveDir(dir);
  const browser = await launchChromium();
  try {
    const { page } = await openPage(browser, served.url);
    await page.waitForSelector('[data-testid="run-status"][data-state="done"]', {
      timeout: 120_000,
    });
    await untilIdle();

    // A frame counter in the page: a long gap between frames is a frozen page.
    // Passed as text: tsx would wrap a function with helpers the page does not have.
    await page.evaluate(`(() => {
      window.gap = 0;
      window.last = performance.now();
      const tick = (now) => {
        window.gap = Math.max(window.gap, now - window.last);
        window.last = now;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    })()`);

    // When confirm is pressed and when the result shows, in the page's clock.
    await page.evaluate(`(() => {
      document.addEventListener('click', (event) => {
        if (event.target.closest?.('[data-testid="import-confirm"]')) {
          window.confirmedAt = performance.now();
        }
      }, true);
      window.longTasks = [];
      new PerformanceObserver((list) => window.longTasks.push(...list.getEntries()))
        .observe({ type: 'longtask' });
      new MutationObserver(() => {
        if (!window.shownAt && document.querySelector('[data-testid="import-result"]')) {
          window.shownAt = performance.now();
          requestAnimationFrame(() => (window.paintedAt = performance.now()));
        }
      }).observe(document.body, { childList: true, subtree: true });
    })()`);

    const chosen = performance.now();
    await page.locator('[data-testid="import-file"]').setInputFiles(file);
    await page.locator('[data-testid="import-confirm"]:not([disabled])').waitFor({
      timeout: 120_000,
    });
    const previewed = performance.now();
    const cpu = childrenCpu();
    const threadsBefore = threadCpu();
    await page.locator('[data-testid="import-confirm"]').click();
    await page.locator('[data-testid="import-result"]').waitFor({ timeout: 300_000 });
    const imported = performance.now();
    const used = childrenCpu() - cpu;
    const perThread = [...threadCpu()].map(([key, t]): [string, number] => [
      key,
      t - (threadsBefore.get(key) ?? 0),
    ]);
    const byName = new Map<string, number>();
    for (const [key, t] of perThread) {
      const name = key.slice(0, key.lastIndexOf('#'));
      byName.set(name, (byName.get(name) ?? 0) + t);
    }
    const threads = [...byName].filter(([, t]) => t >= 0.01).sort((a, b) => b[1] - a[1]);
    // DuckDB's worker is the busiest worker thread: the simulation's are idle until the result.
    const duckdb = Math.max(
      0,
      ...perThread.filter(([key]) => key.startsWith('renderer/DedicatedWorker#')).map(([, t]) => t),
    );

    const gap = Number(await page.evaluate('window.gap'));
    const timing = (await page.evaluate(`(() => ({
      origin: performance.timeOrigin,
      confirmed: window.confirmedAt,
      shown: window.shownAt,
      painted: window.paintedAt,
      longTasks: window.longTasks.filter((t) => t.startTime + t.duration > window.shownAt)
        .map((t) => [Math.round(t.startTime - window.shownAt), Math.round(t.duration)]),
      measures: performance.getEntriesByType('measure')
        .filter((m) => m.name.startsWith('Import ') && m.startTime >= window.confirmedAt
          && m.startTime < window.shownAt)
        .map((m) => ({ name: m.name, start: m.startTime, duration: m.duration,
          part: m.detail?.part ?? '' })),
    }))()`)) as {
      origin: number;
      confirmed: number;
      shown: number;
      painted: number;
      longTasks: [number, number][];
      measures: Measure[];
    };
    // Epoch milliseconds on both sides: the bench's and the page's clocks compared.
    const epoch = (t: number) => performance.timeOrigin + t;
    const lag = {
      toClick: timing.origin + timing.confirmed - epoch(previewed),
      toSeen: epoch(imported) - (timing.origin + timing.shown),
    };
    const slowest = [...timing.measures]
      .sort((a, b) => b.duration - a.duration)
      .slice(0, steps)
      .map((m): [string, number] => [m.name, m.duration]);
    return {
      preview: (previewed - chosen) / 1000,
      import: { wall: (imported - previewed) / 1000, cpu: used },
      longestFrameGap: gap / 1000,
      phases: phasesOf(timing.measures, timing.confirmed, timing.shown),
      threads,
      duckdb,
      pageTotal: timing.shown - timing.confirmed,
      toFrame: timing.painted - timing.shown,
      longTasksAfter: timing.longTasks,
      lag,
      slowest,
    };
  } finally {
    await browser.close();
    served.stop();
  }
}

async function main(): Promise<void> {
  const { values } = commandArgs(
    'usage: npm run bench:import [-- --rows N] [--dir BUILD] [--chromium-only] [--steps N]',
    {
      rows: { type: 'string', default: '1000000' },
      dir: { type: 'string', default: resolve(projectRoot, 'build') },
      'chromium-only': { type: 'boolean', default: false },
      steps: { type: 'string', default: '12' },
    },
  );
  const rows = Number(values.rows);
  const steps = Number(values.steps);
  const build = resolve(String(values.dir));
  if (![rows, steps].every((n) => Number.isInteger(n) && n >= 1)) {
    process.stderr.write('--rows and --steps need positive integers\n');
    process.exit(2);
  }
  if (!existsSync(join(build, 'index.html'))) {
    process.stderr.write(`--dir: no build at ${build} (run npx vite build first)\n`);
    process.exit(2);
  }
  const dir = mkdtempSync(join(tmpdir(), 'il-bench-import-'));
  try {
    const text = benchCsv(rows);
    const file = join(dir, 'bench.csv');
    writeFileSync(file, text);
    const bytes = new TextEncoder().encode(text);
    const mb = (bytes.length / 2 ** 20).toFixed(1);
    const rate = (s: number) => `${Math.round(rows / s).toLocaleString('en')} rows/s`;

    const loadBefore = loadavg()[0];
    const node = values['chromium-only'] ? null : await inNode(bytes);
    const web = await inChromium(file, build, steps);
    const spent = (s: Spent) => `${s.wall.toFixed(2)} s, processor ${s.cpu.toFixed(2)} s`;
    process.stdout.write(
      [
        `rows: ${rows.toLocaleString('en')} (${mb} MiB)`,
        `load average (1 min): ${loadBefore.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after`,
        node ? `node import: ${spent(node)} (${rate(node.wall)})` : 'node import: not run',
        `chromium preview (file chosen to dialog ready): ${web.preview.toFixed(2)} s`,
        `chromium import + calibration (confirm to result): ${spent(web.import)} ` +
          `(${rate(web.import.wall)})`,
        ...(node ? [`chromium / node (wall): ${(web.import.wall / node.wall).toFixed(2)}`] : []),
        `longest frame gap while importing: ${web.longestFrameGap.toFixed(2)} s`,
        `chromium confirm to result shown, page clock: ${web.pageTotal.toFixed(0)} ms ` +
          `(the bench's clock starts ${web.lag.toClick.toFixed(0)} ms before the click ` +
          `and sees the result ${web.lag.toSeen.toFixed(0)} ms after it shows)`,
        `  next frame ${web.toFrame.toFixed(0)} ms after the result shows; long tasks after it ` +
          `(start, ms): ${web.longTasksAfter.map(([a, d]) => `${a}+${d}`).join(', ') || 'none'}`,
        `  processor in DuckDB's worker thread: ${web.duckdb.toFixed(2)} s; by thread (s): ` +
          web.threads.map(([name, t]) => `${name} ${t.toFixed(2)}`).join(', '),
        `chromium phases (ms, page clock):`,
        ...web.phases.map(([phase, ms]) => `  ${phase.padEnd(44)} ${ms.toFixed(0).padStart(6)}`),
        `  ${'sum'.padEnd(44)} ${phaseSum(web.phases).toFixed(0).padStart(6)}`,
        `slowest steps (ms):`,
        ...web.slowest.map(([name, ms]) => `  ${ms.toFixed(0).padStart(6)}  ${name}`),
        '',
      ].join('\n'),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('import.ts')) await main();
