import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, projectRoot } from './harness';
import { probeBlock } from './parity/engineProbe';

/**
 * The app runs the engine in Chromium's V8 and the CLI in Node's: the same seed must give the
 * same bits in both. Extreme behaviour (free, unlimited shifting, a full ratchet
 * over several years, CRRA) turns a last-bit difference into a different decision, which the
 * default settings would hide in rounding. Compares the plan and one block's figures.
 */
const sample = JSON.parse(
  readFileSync(resolve(projectRoot, 'static/sample/calibration.json'), 'utf8'),
);

const scenario = {
  name: 'parity',
  seed: 20261204,
  trials: 100,
  data: { source: 'sample' },
  schemes: [{ kind: 'self-set', id: 'self-set', rate: 0.05, floor: 'zero' }],
  behaviour: {
    naiveShare: 0,
    risk: { kind: 'crra', rho: 3, wealth: 0.5 },
    timing: { enabled: true, maxShare: 1, cost: 0 },
    ratchet: { years: 3, up: 1, down: 1, discount: 1 },
  },
};

async function bundleProbe(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: {
        entry: resolve(projectRoot, 'test/e2e/parity/engineProbe.ts'),
        formats: ['iife'],
        name: 'engineProbe',
      },
    },
  });
  const result = Array.isArray(output) ? output[0] : output;
  if (!('output' in result)) throw new Error('vite did not return a bundle');
  const chunk = result.output.find((o) => o.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('vite returned no chunk');
  return chunk.code;
}

describe('the engine in Chromium and in Node', () => {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('give the same plan and block bit for bit under extreme behaviour', async () => {
    const page = await browser!.newPage();
    await page.addScriptTag({ content: await bundleProbe() });
    const inChromium = await page.evaluate(
      ([file, reps]) =>
        (
          globalThis as unknown as { engineProbe: typeof import('./parity/engineProbe') }
        ).engineProbe.probeBlock(file, reps),
      [scenario, sample.reps] as const,
    );
    const inNode = probeBlock(scenario, sample.reps);
    const differing = Object.keys(inNode).filter((path) => inNode[path] !== inChromium[path]);
    expect(Object.keys(inChromium).sort()).toEqual(Object.keys(inNode).sort());
    expect(differing).toEqual([]);
  });
});
