import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest';
import { launchChromium, projectRoot } from './harness';
import { probeBlock, probeMath } from './parity/engineProbe';

/**
 * The app runs the engine in Chromium's V8 and the CLI in Node's: the same seed must give the
 * same bits in both. Extreme behaviour (free, unlimited shifting, a full ratchet
 * over several years, CRRA) turns a last-bit difference into a different decision, which the
 * default settings would hide in rounding. Compares the plan and one block's figures, for every
 * shipped scenario too, and the engine's own exp, expm1, log and log1p.
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

/**
 * Bits of +, −, ×, / and √ over a spread of arguments, subnormals included, as one string: the
 * engine's transcendental functions are its own (portableMath.ts), built from these alone.
 */
function arithmeticFingerprint(): string {
  const bits: number[] = [];
  for (let k = 1; k < 400; k++) {
    const x = k * 1.37 + 0.001 * k * k;
    const y = 1 / (k + 0.3);
    const tiny = k * 3.7e-312;
    const values = new Float64Array([x + y, x - y * 3, x * y, x / 7.3, Math.sqrt(x), tiny * y]);
    bits.push(...new Uint32Array(values.buffer));
  }
  return bits.join(',');
}

type Probe = typeof import('./parity/engineProbe');

let bundled: Promise<string> | undefined;
const probeScript = () => (bundled ??= bundleProbe());

describe('the engine in Chromium and in Node', () => {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /**
   * A page with the engine's probe. The engine takes only IEEE-exact operations from the
   * JavaScript engine, Math's transcendental functions not among them. Should a browser round
   * even those differently from Node, no engine code could agree with it and the comparisons
   * would say nothing about the engine: the test is skipped, saying why.
   */
  async function probePage(context: TestContext): Promise<Page> {
    const page = await browser!.newPage();
    if ((await page.evaluate(arithmeticFingerprint)) !== arithmeticFingerprint()) {
      context.skip(`basic arithmetic differs: ${await browser!.version()} vs Node`);
    }
    await page.addScriptTag({ content: await probeScript() });
    return page;
  }

  function blockInPage(page: Page, file: unknown): Promise<Record<string, string>> {
    return page.evaluate(
      ([f, reps]) =>
        (globalThis as unknown as { engineProbe: Probe }).engineProbe.probeBlock(f, reps),
      [file, sample.reps] as const,
    );
  }

  it('give the same plan and block bit for bit under extreme behaviour', async (context) => {
    const inChromium = await blockInPage(await probePage(context), scenario);
    const inNode = probeBlock(scenario, sample.reps);
    const differing = Object.keys(inNode).filter((path) => inNode[path] !== inChromium[path]);
    expect(Object.keys(inChromium).sort()).toEqual(Object.keys(inNode).sort());
    expect(differing).toEqual([]);
  });

  it('give the same plans and blocks for every shipped scenario, with behaviour', async (context) => {
    const page = await probePage(context);
    for (const name of readdirSync(resolve(projectRoot, 'scenarios'))) {
      const file = JSON.parse(readFileSync(resolve(projectRoot, 'scenarios', name), 'utf8'));
      const shipped = { ...file, trials: 100, behaviour: scenario.behaviour };
      const inChromium = await blockInPage(page, shipped);
      const inNode = probeBlock(shipped, sample.reps);
      const differing = Object.keys(inNode).filter((path) => inNode[path] !== inChromium[path]);
      expect(differing, name).toEqual([]);
    }
  });

  it('give the same bits for the portable exp, expm1, log and log1p', async (context) => {
    const page = await probePage(context);
    const inChromium = await page.evaluate(() =>
      (globalThis as unknown as { engineProbe: Probe }).engineProbe.probeMath(),
    );
    expect(inChromium).toBe(probeMath());
  });
});
