import { describe, expect, it } from 'vitest';
import { WITH_BEHAVIOUR } from '../../../src/cli/tableReport';
import { cliInProcess, scenarioFile } from './cliInProcess';

const margin = 0.25;

/** Three reps over four quarters, two years back to back, under a self-set rule and a quota. */
function behaviourScenario(naiveShare: number | undefined) {
  return {
    name: 'Behaviour',
    seed: 8,
    trials: 600,
    data: {
      source: 'reps',
      reps: [
        { id: 'a', mean: [100, 120, 90, 110], sigma: 0.2 },
        { id: 'b', mean: [300, 280, 310, 330], sigma: 0.45 },
        { id: 'c', mean: [200, 210, 190, 220], sigma: 0.3 },
      ],
    },
    schemes: [
      { kind: 'self-set', id: 'self-set', rate: 0.05 },
      { kind: 'haggled-quota', id: 'quota', performancePayShare: 0.05 },
      { kind: 'linear-menu', id: 'menu', options: [{ fixed: 5, rate: 0.03 }] },
    ],
    baseline: 'quota',
    ...(naiveShare !== undefined && {
      behaviour: { naiveShare, ratchet: { years: 2 }, company: { margin } },
    }),
  };
}

async function json(naiveShare: number | undefined) {
  const path = scenarioFile(behaviourScenario(naiveShare));
  const { code, stdout } = await cliInProcess(['--scenario', path, '--json']);
  expect(code).toBe(0);
  return JSON.parse(stdout);
}

describe('rep behaviour in npm run simulate', () => {
  it('runCli passes behaviour on: naive shares 0 and 1 leave 3 and 0 reps strategic', async () => {
    const all = await json(0);
    const none = await json(1);

    expect([all.reps, all.periods]).toEqual([3, 8]);
    expect(all.behaviour).toMatchObject({ years: 2, periodsPerYear: 4, strategicReps: 3 });
    expect(none.behaviour).toMatchObject({ strategicReps: 0, naiveReps: 3 });
    expect(all.behaviour.settings.company.margin).toBe(margin);

    // Naive reps make no extra effort and shift no deals; strategic ones do under self-set.
    for (const s of none.behaviour.schemes) {
      expect([s.extraSales.mean, s.pulled.mean, s.pushed.mean]).toEqual([0, 0, 0]);
    }
    const selfSet = all.behaviour.schemes[0];
    expect(selfSet.extraSales.mean).toBeGreaterThan(4 * selfSet.extraSales.se);
    expect(selfSet.effort.every((e: number) => e > 0)).toBe(true);
  });

  it('runCli --json gives the company view that adds up with the scheme rows', async () => {
    const report = await json(0.3);

    report.schemes.forEach(
      (scheme: { payout: { mean: number }; sales: { mean: number } }, s: number) => {
        const b = report.behaviour.schemes[s];
        expect(b.payout.mean).toBeCloseTo(scheme.payout.mean, 9);
        expect(b.sales.mean).toBeCloseTo(scheme.sales.mean, 9);
        expect(b.costOfSales.mean).toBeCloseTo(scheme.payout.mean / scheme.sales.mean, 12);
        // profit = margin·sales − payout − planning cost (domain.md §6), mean by mean.
        const profit = margin * b.sales.mean - b.payout.mean - b.planningCost.mean;
        expect(b.profit.mean).toBeCloseTo(profit, 6);
      },
    );

    // Only the quota is haggled: reps of other schemes take no stance (null, not NaN).
    expect(report.behaviour.schemes[0].stance).toEqual([null, null, null]);
    const stances = report.behaviour.schemes[1].stance;
    const strategic = report.behaviour.strategic;
    expect(stances.map((d: number | null) => d !== null)).toEqual(strategic);
    expect(Object.keys(report.behaviour.difference)).toEqual(['self-set', 'menu']);
  });

  it('runCli prints who behaved strategically, what they did and the company view', async () => {
    const path = scenarioFile(behaviourScenario(0));
    const { code, stdout } = await cliInProcess(['--scenario', path, '--trials', '200']);
    expect(code).toBe(0);

    const lines = stdout.split('\n');
    expect(lines).toContain('rep behaviour: 3 of 3 reps strategic, 0 naive · 2 years × 4 periods');
    const row = (table: string, id: string) => {
      const start = lines.findIndex((line) => line.startsWith(table));
      return lines.slice(start).find((line) => line.startsWith(`${id} `)) ?? '';
    };
    expect(row('what reps did', 'self-set')).toMatch(/ –$/);
    expect(row('what reps did', 'quota')).toMatch(/ \d+\.\d\d%$/);
    expect(row('company view', 'menu').split(/ {2,}/)).toHaveLength(7);
    // Its rep utility is a sum over all reps, unlike the per-rep figure of the comparison.
    expect(lines.find((line) => line.startsWith('company view'))).toContain(
      'rep utility (certainty-equivalent pay), all reps',
    );
    expect(lines.some((line) => line.startsWith('behaviour difference (same draws)'))).toBe(true);
    expect(stdout).not.toMatch(/NaN/);
    // The quota's boss errs (by default): with behaviour its errors are one draw for the run.
    const once = lines.filter((line) => line.includes("one draw of the boss's errors"));
    expect(once.map((line) => line.split(':')[0])).toEqual(['quota']);
  });

  it('runCli says its tables are of the behaviour run, and --no-behaviour prints Compare’s', async () => {
    const withSection = scenarioFile(behaviourScenario(0));
    const plain = scenarioFile(behaviourScenario(undefined));
    const run = async (args: string[]) => (await cliInProcess([...args, '--trials', '200'])).stdout;

    const behaviourRun = await run(['--scenario', withSection]);
    expect(behaviourRun.split('\n').slice(0, 3)).toContain(WITH_BEHAVIOUR);

    // Left out, the section changes nothing else: the output is the file's without it.
    const left = await run(['--scenario', withSection, '--no-behaviour']);
    expect(left).not.toContain(WITH_BEHAVIOUR);
    expect(left).not.toContain('rep behaviour:');
    expect(left).toBe(await run(['--scenario', plain]));
  });

  it('runCli heads moved deals as sums of moves; a deal moved twice counts twice', async () => {
    const path = scenarioFile(behaviourScenario(0));
    const { stdout } = await cliInProcess(['--scenario', path, '--trials', '200']);
    const lines = stdout.split('\n');
    const heading = lines.find((line) => line.startsWith('what reps did')) ?? '';
    expect(heading).toContain('pushed out (sum of moves)');
    expect(lines.some((line) => line.includes('a deal pushed on twice counts twice'))).toBe(true);
  });

  it('runCli prints strong risk aversion’s tiny utilities without their rounding error', async () => {
    // Two reps under the self-set rule and the quota, whose sales come out alike on these draws.
    const scenario = behaviourScenario(undefined);
    const data = { ...scenario.data, reps: scenario.data.reps.slice(0, 2) };
    const behaviour = { risk: { kind: 'crra', rho: 20, wealth: 0.001 } };
    const two = { ...scenario, data, schemes: scenario.schemes.slice(0, 2), behaviour };
    const { code, stdout } = await cliInProcess([
      '--scenario',
      scenarioFile(two),
      '--trials',
      '300',
    ]);
    expect(code).toBe(0);

    // No table prints the rounding error of a difference between equal figures.
    expect(stdout).not.toMatch(/\d\.\d{12,}/);
    const section = stdout.slice(stdout.indexOf('rep behaviour'));
    const pairs = [...section.matchAll(/([\d,]+(?:\.(\d+))?) ± ([\d.]+)/g)];
    expect(pairs.length).toBeGreaterThan(0);
    for (const [text, , decimals = '', se] of pairs) {
      // No figure is written finer than its se's leading digit, nor to more than 3 digits
      // where that rounding is finer than the se.
      const lead = -Math.floor(Math.log10(Number(se)));
      expect(decimals.length, text).toBeLessThanOrEqual(Math.max(lead, 0) + 3);
      if (Number(se) > 0) expect(decimals.length, text).toBeLessThanOrEqual(Math.max(lead, 2));
    }
  });

  it('runCli leaves the behaviour out when the scenario has no behaviour section', async () => {
    const report = await json(undefined);
    expect([report.behaviour, report.periods]).toEqual([null, 4]);

    const path = scenarioFile(behaviourScenario(undefined));
    const { stdout } = await cliInProcess(['--scenario', path, '--trials', '100']);
    expect(stdout).not.toContain('rep behaviour');
  });
});
