/** The problems the catalogs' tests word: one of each kind the engine and the page report. */
import { readFileSync } from 'node:fs';
import { parseScenario } from '../../../src/lib/engine/scenario';
import { parseScheme } from '../../../src/lib/engine/schemes/schema/parseScheme';
import type { Problem } from '../../../src/lib/engine/schemes/schema/problem';
import { adviceProblem } from '../../../src/lib/engine/schemes/schema/schemeChecks';
import { settingsOnPage } from '../../../src/lib/state/settingsOnPage';
import type { TruthTellingWarning } from '../../../src/lib/engine/schemes/truthTellingAdvice';

const library = JSON.parse(readFileSync('scenarios/scheme-library.json', 'utf8')) as {
  schemes: Record<string, unknown>[];
};
const byKind = (kind: string) => structuredClone(library.schemes.find((s) => s.kind === kind)!);
const base = { name: 'n', seed: 1, trials: 10, data: { source: 'sample' } };
export const scenario = (patch: Record<string, unknown>) =>
  JSON.stringify({ ...base, schemes: [byKind('truth-telling')], ...patch });

export const pharma = {
  kind: 'pharma-letter',
  id: 'p',
  quota: { kind: 'fixed', values: [100, 100] },
  statedTotal: 1000,
  performancePay: { kind: 'share', share: 0.1 },
};
const condiment = (patch: Record<string, unknown>) => ({
  kind: 'condiment-letter',
  id: 'c',
  skus: [{ id: 'a', commissionPerCase: 1, share: 1, target: { kind: 'share', share: 1 } }],
  baseSalary: { kind: 'share', share: 0 },
  ...patch,
});

/**
 * Broken scenarios and schemes that between them reach every problem the engine reports, each
 * with the English line it printed (the scheme editor's have no file name).
 */
export function corpus(): { problem: Problem; line: string }[] {
  const files = [
    '{"name": ',
    '{"name": "a",, }',
    '{"a": 1,}',
    "{'a': 1}",
    '{a: 1}',
    'rep,date,sales\nAnn,2024-01,5',
    '[1, 2]',
    scenario({ seed: -1, trials: 0.5, extra: 1, name: '' }),
    scenario({ description: 3, baseline: 'nope' }),
    scenario({ data: { source: 'reps', reps: [] } }),
    scenario({ data: { source: 'reps', reps: 'x' } }),
    scenario({ data: { source: 'cloud' } }),
    scenario({ data: { source: 'reps', reps: [{ id: 'a', mean: [], sigma: 0 }] } }),
    scenario({
      data: {
        source: 'reps',
        reps: [
          { id: 'a', mean: [1, 2], sigma: 0.1 },
          { id: 'a', mean: 'x', sigma: 0.1 },
          { id: 'b', mean: [1], sigma: 0.1 },
        ],
      },
    }),
    scenario({ schemes: [] }),
    scenario({ schemes: {} }),
    scenario({ schemes: [byKind('truth-telling'), byKind('truth-telling')] }),
    scenario({
      schemes: [{ kind: 'self-set', id: 's', rate: 1e13, floor: 'maybe', cap: [] }],
    }),
    scenario({
      schemes: [{ kind: 'truth-telling', id: 't', alpha: 0.1, beta: 0.05, gamma: 0.01 }],
    }),
    scenario({ schemes: [{ kind: 'self-set', id: 's', rate: 0.05, cap: { kind: 'percent' } }] }),
    scenario({ schemes: [{ kind: 'self-set', id: 's', rate: 0.05, cap: 5 }] }),
    scenario({ schemes: [{ kind: 'warp', id: 's' }] }),
    scenario({
      schemes: [
        {
          kind: 'haggled-quota',
          id: 'h',
          performancePayShare: 0.05,
          haggling: { repOpening: 1, bossPower: 2, growth: -2 },
        },
      ],
    }),
    scenario({
      schemes: [
        {
          ...byKind('bonus-grid'),
          forecastRatios: [],
          actualRatios: 'x',
          grid: [[1, 'a'], 2],
          standardBonus: { kind: 'share', share: 'x' },
          quota: { kind: 'fixed', values: [] },
        },
      ],
    }),
    scenario({
      schemes: [
        { ...byKind('bonus-grid'), forecastRatios: [0, 0], grid: [[0, 1]] },
        { ...byKind('bonus-grid'), id: 'g2', quota: { kind: 'fixed', values: 'x' } },
        { ...byKind('bonus-grid'), id: 'g3', grid: [[]] },
        { ...byKind('bonus-grid'), id: 'g4', grid: 'x' },
      ],
    }),
    scenario({
      schemes: [
        {
          ...pharma,
          fines: [
            { kind: 'events', id: 'f', amount: 1, expected: 1 },
            { kind: 'shortfall', id: 'f', amount: 1, required: 1.5, expected: 1 },
          ],
          review: { periods: 0 },
          periodsPerYear: 400,
        },
        { ...pharma, id: 'p2', fines: 'x' },
      ],
    }),
    scenario({
      schemes: [
        condiment({
          skus: [
            { id: 'a', commissionPerCase: 1, share: 0.5, target: { kind: 'share', share: 1 } },
            { id: 'a', commissionPerCase: 1, share: 0, target: { kind: 'share', share: 1 } },
          ],
        }),
        condiment({ id: 'c2', skus: [] }),
        condiment({ id: 'c3', skus: 'x', settleEvery: 0 }),
      ],
    }),
    scenario({
      schemes: [
        {
          ...byKind('commission-plan'),
          tiers: [
            { from: 1, rate: 0.1 },
            { from: 0.5, rate: 0.1 },
          ],
          draw: { kind: 'forgiven', amount: { kind: 'share', share: 0 } },
          returnsShare: 1,
        },
        { ...byKind('commission-plan'), id: 'c2', tiers: [] },
      ],
    }),
    scenario({ schemes: [{ ...byKind('linear-menu'), options: [], label: 5 }] }),
    scenario({ schemes: [{ ...byKind('linear-menu'), options: 'x' }] }),
    scenario({ behaviour: { enabled: 'yes', ratchet: { years: 0 } } }),
    scenario({ behaviour: [] }),
    scenario({
      behaviour: {
        belief: { bias: 'x' },
        effort: { cost: 0 },
        timing: { enabled: 'yes' },
        risk: { kind: 'crra', rho: 1 },
      },
    }),
    scenario({ behaviour: { haggling: { cost: 1.5 } } }),
    JSON.stringify(base),
    scenario({ baseline: 'nope' }),
    scenario({
      data: {
        source: 'reps',
        reps: [
          { id: 'a', mean: [1, 2], sigma: 0.1 },
          { id: 'a', mean: [1], sigma: 0.1 },
        ],
      },
    }),
    scenario({
      data: { source: 'reps', reps: [{ id: 'a', mean: [1, 2], sigma: 0.1 }] },
      schemes: [
        { ...byKind('bonus-grid'), forecastRatios: [0, 0], grid: [[0, 1]] },
        { ...pharma, quota: { kind: 'fixed', values: [1, 2, 3] } },
      ],
    }),
    scenario({
      schemes: [
        condiment({
          skus: [
            { id: 'a', commissionPerCase: 1, share: 0.5, target: { kind: 'share', share: 1 } },
            { id: 'a', commissionPerCase: 1, share: 0, target: { kind: 'share', share: 1 } },
          ],
        }),
      ],
    }),
    scenario({
      schemes: [
        {
          ...byKind('commission-plan'),
          tiers: [
            { from: 1, rate: 0.1 },
            { from: 0.5, rate: 0.1 },
          ],
        },
      ],
    }),
  ];
  const named = (lines: string[], problems: Problem[]) =>
    problems.map((problem, k) => ({ problem, line: lines[k] }));
  const fromFiles = files.flatMap((text) => {
    const parsed = parseScenario(text, 'f.json');
    return parsed.ok
      ? named(parsed.warnings, parsed.warningProblems)
      : named(parsed.errors, parsed.problems);
  });

  const warned = parseScenario(
    JSON.stringify({
      ...base,
      data: { source: 'reps', reps: [{ id: 'a', mean: [1, 1, 1], sigma: 0.1 }] },
      schemes: [
        {
          ...byKind('bonus-grid'),
          grid: (byKind('bonus-grid').grid as number[][]).map((r) => r.toReversed()),
        },
        { ...pharma, quota: { kind: 'fixed', values: [300] } },
      ],
    }),
    'f.json',
  );
  const schemeErrors = parseScheme({ kind: 'self-set', id: 's', rate: 'x' });

  return [
    ...fromFiles,
    ...(warned.ok
      ? named(warned.warnings, warned.warningProblems)
      : named(warned.errors, warned.problems)),
    ...(schemeErrors.ok ? [] : schemeErrors.errors.map((e) => ({ problem: e, line: e.message }))),
    ...advice.map((w) => ({ problem: { path: '', ...adviceProblem(w) }, line: '' })),
    ...onPage.map((problem) => ({ problem, line: '' })),
  ];
}

/**
 * What the page refuses in a file the engine takes (settingsOnPage), worded by the page alone:
 * the command line runs these files, so they have no line of their own.
 */
const onPage = ((): Problem[] => {
  const file = JSON.parse(readFileSync('scenarios/essay-vs-haggling.json', 'utf8'));
  file.trials = 50;
  file.schemes[0].rate = 2;
  Object.assign(file.schemes[1].haggling, {
    repOpening: 0.97,
    bossOpening: 3,
    bossNoise: 2.5,
    growth: -0.8,
  });
  const text = JSON.stringify(file);
  const parsed = parseScenario(text, 'f.json');
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return settingsOnPage(parsed.scenario, text);
})();

/** truthTellingAdvice's warnings, whose English truthTellingWarningText writes on its own. */
export const advice: TruthTellingWarning[] = [
  { code: 'no-reward-above-target' },
  { code: 'rates-out-of-order', alpha: 0.1, beta: 0.05, gamma: 0.2 },
  { code: 'floor-moves-target', sigma: 0.3, quantile: 0.4, fractile: 0.5 },
  { code: 'floor-moves-target', sigma: 0.3, quantile: 0.4, fractile: 0.6 },
];
