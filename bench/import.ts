/**
 * `npm run bench:import [-- --rows N] [--dir DIR]`: the import's scale check. Writes an N-row
 * CSV (1,000,000 by default) to a temporary folder, imports it in Node (blocking DuckDB) and in
 * headless Chromium through the built app's import dialog (build/, or DIR), and prints seconds
 * and rows/s for each, the ratio, and the longest the page went without painting a frame while
 * importing. Needs `npm run build`.
 *
 * Wall time on a shared machine moves with the load, so each figure comes with the processor
 * time spent on it (Node's own; for Chromium, every process it started, read from /proc, so
 * Linux only) and the 1-minute load average: compare processor times between runs.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { importFile } from '../src/lib/data/importFile';
import { openNodeDb } from '../src/lib/data/nodeDb';
import { launchChromium, openPage, projectRoot } from '../test/e2e/harness';
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
 * Processor seconds used so far by every process below this one (Chromium and its helpers, the
 * static server): utime + stime from /proc, in the kernel's 100 ticks per second.
 */
function childrenCpu(): number {
  const parents = new Map<number, number>();
  const ticks = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // the process ended while we looked
    }
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    parents.set(Number(entry), Number(fields[1]));
    ticks.set(Number(entry), Number(fields[11]) + Number(fields[12]));
  }

  let total = 0;
  for (const [pid, used] of ticks) {
    let up = parents.get(pid);
    while (up !== undefined && up > 1 && up !== process.pid) up = parents.get(up);
    if (up === process.pid) total += used;
  }
  return total / 100;
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
}

async function inChromium(file: string, dir: string): Promise<BrowserTimes> {
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

    const chosen = performance.now();
    await page.locator('[data-testid="import-file"]').setInputFiles(file);
    await page.locator('[data-testid="import-confirm"]:not([disabled])').waitFor({
      timeout: 120_000,
    });
    const previewed = performance.now();
    const cpu = childrenCpu();
    await page.locator('[data-testid="import-confirm"]').click();
    await page.locator('[data-testid="import-result"]').waitFor({ timeout: 300_000 });
    const imported = performance.now();
    const used = childrenCpu() - cpu;

    const gap = Number(await page.evaluate('window.gap'));
    return {
      preview: (previewed - chosen) / 1000,
      import: { wall: (imported - previewed) / 1000, cpu: used },
      longestFrameGap: gap / 1000,
    };
  } finally {
    await browser.close();
    served.stop();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      rows: { type: 'string', default: '1000000' },
      dir: { type: 'string', default: resolve(projectRoot, 'build') },
    },
  });
  const rows = Number(values.rows);
  const dir = mkdtempSync(join(tmpdir(), 'il-bench-import-'));
  try {
    const text = benchCsv(rows);
    const file = join(dir, 'bench.csv');
    writeFileSync(file, text);
    const bytes = new TextEncoder().encode(text);
    const mb = (bytes.length / 2 ** 20).toFixed(1);
    const rate = (s: number) => `${Math.round(rows / s).toLocaleString('en')} rows/s`;

    const loadBefore = loadavg()[0];
    const node = await inNode(bytes);
    const web = await inChromium(file, resolve(values.dir));
    const spent = (s: Spent) => `${s.wall.toFixed(2)} s, processor ${s.cpu.toFixed(2)} s`;
    process.stdout.write(
      [
        `rows: ${rows.toLocaleString('en')} (${mb} MiB)`,
        `load average (1 min): ${loadBefore.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after`,
        `node import: ${spent(node)} (${rate(node.wall)})`,
        `chromium preview (file chosen to dialog ready): ${web.preview.toFixed(2)} s`,
        `chromium import + calibration (confirm to result): ${spent(web.import)} ` +
          `(${rate(web.import.wall)})`,
        `chromium / node (wall): ${(web.import.wall / node.wall).toFixed(2)}`,
        `longest frame gap while importing: ${web.longestFrameGap.toFixed(2)} s`,
        '',
      ].join('\n'),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('import.ts')) await main();
