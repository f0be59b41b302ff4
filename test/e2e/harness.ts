import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const projectRoot = resolve(import.meta.dirname, '../..');
export const sharedData = resolve(projectRoot, '../shared/data');
export const screenshotDir = resolve(projectRoot, 'test-results/screenshots');

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Without the background-networking flags Chromium phones home at start; the resolver rule is a
// guard that nothing the page does can reach another host.
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];

export interface Served {
  url: string;
  stop(): void;
}

/** Serves build/ on a free loopback port with the same server `npm start` uses. */
export async function serveBuild(): Promise<Served> {
  if (!existsSync(resolve(projectRoot, 'build/index.html'))) {
    throw new Error('build/index.html is missing: run `npm run build` first');
  }
  const child: ChildProcess = spawn(process.execPath, ['scripts/serve.js', '0'], {
    cwd: projectRoot,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((done, fail) => {
    const timer = setTimeout(() => fail(new Error('server did not start in 10 s')), 10_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(chunk.toString());
      if (match) {
        clearTimeout(timer);
        done(match[0]);
      }
    });
    child.on('exit', (code) => fail(new Error(`server exited with ${code}`)));
  });
  return { url, stop: () => child.kill() };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
}

export interface BrowserUnderTest {
  /** The served build's address, ending in '/'. */
  readonly url: string;
  readonly browser: Browser;
}

/**
 * Serves build/ and launches Chromium before the calling describe block's tests, and stops both
 * after them. Both exist only from its beforeAll on, so read them inside hooks and tests.
 */
export function useBrowser(): BrowserUnderTest {
  let served: Served | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    served = await serveBuild();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    served?.stop();
  });
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('useBrowser: read url or browser inside a test');
    return value;
  };
  return {
    get url() {
      return ready(served).url;
    },
    get browser() {
      return ready(browser);
    },
  };
}

export interface RecordedPage {
  page: Page;
  /** Every URL the page asked for, so a test can prove nothing left the machine. */
  requests: string[];
  /** Uncaught page errors and console errors. */
  errors: string[];
}

export async function openPage(
  browser: Browser,
  url: string,
  locale = 'en-US',
): Promise<RecordedPage> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(url);
  return { page, requests, errors };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const file = resolve(screenshotDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Requests that went anywhere but the app's own loopback origin (data: and blob: are local). */
export function foreignRequests(requests: string[], origin: string): string[] {
  return requests.filter(
    (url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'),
  );
}

/**
 * Replaces a field's text by real key presses, as a user types it, then leaves the field with
 * Tab (a setting is taken when its field loses focus); `leave: false` keeps the focus in it.
 */
export async function typeInto(field: Locator, text: string, { leave = true } = {}): Promise<void> {
  const keyboard = field.page().keyboard;
  await field.click();
  await keyboard.press('Control+A');
  await keyboard.type(text);
  if (leave) await keyboard.press('Tab');
}

/** Waits until Compare's run is done with `seed` on screen: the run that seed was asked of. */
export async function runDoneWithSeed(page: Page, seed: number): Promise<void> {
  await page.waitForFunction(
    (want) =>
      document.querySelector('[data-testid="run-status"]')?.getAttribute('data-state') === 'done' &&
      document.querySelector('[data-testid="run-seed"]')?.textContent === want,
    String(seed),
    { timeout: 110_000 },
  );
}

/** Opens a scenario file on Compare once its first run is done, and waits for the file's run. */
export async function openScenarioFile(page: Page, path: string): Promise<void> {
  const { seed } = JSON.parse(readFileSync(path, 'utf8')) as { seed: number };
  await page.locator('[data-testid="run-status"][data-state="done"]').waitFor({ timeout: 60_000 });
  await page.locator('[data-testid="open-scenario"]').setInputFiles(path);
  await runDoneWithSeed(page, seed);
}
