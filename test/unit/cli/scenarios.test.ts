import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/runCli';
import { root, runSimulate } from './runSimulate';

const folder = join(root, 'scenarios');
const shipped = readdirSync(folder).filter((name) => name.endsWith('.json'));

interface Figure {
  mean: number | null;
  se: number | null;
}

interface SchemeJson {
  id: string;
  kind: string;
  payout: { mean: number; se: number; p5: number; p50: number; p95: number };
  sales: Figure;
  targetMape: Figure;
  hitRate: Figure;
  cost: Figure;
  events: { id: string; label: string; perRepYear: Figure }[];
}

const finite = (value: unknown) => typeof value === 'number' && Number.isFinite(value);

/** Sane figures of one scheme: finite where the scheme has them, null where it has none. */
function expectSane(scheme: SchemeJson) {
  const { payout } = scheme;
  expect([payout.mean, payout.se, payout.p5, payout.p50, payout.p95].every(finite)).toBe(true);
  expect(payout.se).toBeGreaterThanOrEqual(0);
  expect(payout.p5 <= payout.p50 && payout.p50 <= payout.p95).toBe(true);
  expect(scheme.sales.mean).toBeGreaterThan(0);

  // Cost is payout plus expenses, which are never negative.
  expect(scheme.cost.mean).toBeGreaterThanOrEqual(payout.mean * (1 - 1e-12));
  for (const event of scheme.events) {
    expect(finite(event.perRepYear.mean) && finite(event.perRepYear.se)).toBe(true);
    expect(event.perRepYear.mean).toBeGreaterThanOrEqual(0);
  }

  // Only a menu of linear contracts sets no target, so only it has no accuracy or hit rate.
  const hasTarget = scheme.kind !== 'linear-menu';
  expect(finite(scheme.targetMape.mean)).toBe(hasTarget);
  expect(finite(scheme.hitRate.mean)).toBe(hasTarget);
  if (!hasTarget) expect([scheme.targetMape.mean, scheme.hitRate.mean]).toEqual([null, null]);
}

describe('every shipped scenario through npm run simulate', () => {
  it('scenarios/ ships the reference, the default comparison, both letters and the library', () => {
    expect(shipped).toEqual(
      expect.arrayContaining([
        'reference-lognormal.json',
        'essay-vs-haggling.json',
        'pharma-2014.json',
        'condiment-2010.json',
        'scheme-library.json',
      ]),
    );
  });

  it.each(shipped)(
    'simulate --json runs scenarios/%s with its seed and trials replaced',
    async (name) => {
      const file = `scenarios/${name}`;
      const { code, stdout, stderr } = await runSimulate([
        '--scenario',
        file,
        '--trials',
        '150',
        '--seed',
        '11',
        '--json',
      ]);
      expect(code, stderr).toBe(0);

      const report = JSON.parse(stdout);
      const scenario = JSON.parse(readFileSync(join(folder, name), 'utf8'));
      expect([report.seed, report.trials]).toEqual([11, 150]);
      expect(report.schemes.map((s: SchemeJson) => s.id)).toEqual(
        scenario.schemes.map((s: { id: string }) => s.id),
      );
      for (const scheme of report.schemes) expectSane(scheme);

      // Every warning is on stderr, one line each, and in the JSON.
      const lines = stderr === '' ? [] : stderr.trimEnd().split('\n');
      expect(lines).toEqual(report.warnings.map((w: string) => `warning: ${w}`));
      expect(report.behaviour === null).toBe(scenario.behaviour === undefined);
    },
  );

  it.each(shipped)('simulate prints scenarios/%s as tables without NaN', async (name) => {
    let stdout = '';
    const code = await runCli(['--scenario', `scenarios/${name}`, '--trials', '60'], {
      stdout: (text) => (stdout += text),
      stderr: () => undefined,
    });

    expect(code).toBe(0);
    expect(stdout.split('\n')[1]).toMatch(/^seed \d+ · 60 trials · /);
    expect(stdout).toMatch(/^cost and events +cost \(mean ± se\) +counted event +per rep-year$/m);
    expect(stdout).not.toMatch(/NaN|Infinity|undefined/);
  });
});
