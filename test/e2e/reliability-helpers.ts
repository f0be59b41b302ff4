import type { BrowserContext, Page } from 'playwright-core';

/** Waits until the run bar reports `state` (done, error, cancelled …); returns its text. */
export async function waitForState(page: Page, state: string, timeout = 60_000): Promise<string> {
  const status = page.locator(`[data-testid="run-status"][data-state="${state}"]`);
  await status.waitFor({ timeout });
  return (await status.textContent()) ?? '';
}

export async function runState(page: Page): Promise<string | null> {
  return page.locator('[data-testid="run-status"]').getAttribute('data-state');
}

/** Every metric cell on screen, by test id, with its exact value. */
export async function metricValues(page: Page): Promise<Record<string, string | null>> {
  return page
    .locator('[data-testid^="metric-"]')
    .evaluateAll((cells) =>
      Object.fromEntries(
        cells.map((cell) => [cell.getAttribute('data-testid'), cell.getAttribute('data-value')]),
      ),
    );
}

/**
 * Replaces the simulation worker's script with one that runs `fault` (worker code) before the
 * real worker, while `armed()` says so. Static imports run in order, so the fault's message
 * listener sees each call before comlink answers it.
 */
export async function injectWorkerFault(
  context: BrowserContext,
  fault: string,
  armed: () => boolean,
): Promise<void> {
  await context.route('**/workers/sim.worker-*.js', async (route) => {
    const url = new URL(route.request().url());
    if (!armed() || url.searchParams.has('real')) return route.continue();
    const real = JSON.stringify(`${url.pathname}?real`);
    const body = `import '/__fault.js'; import ${real};`;
    await route.fulfill({ contentType: 'text/javascript', body });
  });
  await context.route('**/__fault.js', (route) =>
    route.fulfill({ contentType: 'text/javascript', body: fault }),
  );
}

/** Worker code that runs `action` when the worker is asked for its third block. */
export function onThirdBlock(action: string): string {
  return `let calls = 0;
self.addEventListener('message', (event) => {
  const path = event.data && event.data.path;
  if (Array.isArray(path) && path[0] === 'run' && ++calls === 3) { ${action} }
});`;
}

/**
 * The pool keeps its workers between runs; a cancelled run stops them, so the next run starts
 * new ones (which then load whatever script the test serves).
 */
export async function restartWorkers(page: Page): Promise<void> {
  const trials = page.getByRole('spinbutton', { name: 'Trials' });
  const before = await trials.inputValue();
  await trials.fill('1000000');
  await page.locator('button.run').click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await waitForState(page, 'cancelled');
  await trials.fill(before);
}
