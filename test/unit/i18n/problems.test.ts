import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { en, type MessageKey } from '../../../src/lib/i18n/en';
import { zhCN } from '../../../src/lib/i18n/zh-CN';
import { parseScenario } from '../../../src/lib/engine/scenario';
import { parseScheme } from '../../../src/lib/engine/schemes/schema/parseScheme';
import {
  problemEnglish,
  problemLine,
  wordProblem,
  type Problem,
  type Word,
} from '../../../src/lib/engine/schemes/schema/problem';
import { adviceProblem } from '../../../src/lib/engine/schemes/schema/schemeChecks';
import { settingsOnPage } from '../../../src/lib/state/settingsOnPage';
import {
  truthTellingWarningText,
  type TruthTellingWarning,
} from '../../../src/lib/engine/schemes/truthTellingAdvice';

const engine = i18next.createInstance();
void engine.init({
  resources: { en: { translation: en }, zh: { translation: zhCN } },
  lng: 'en',
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false },
  initAsync: false,
});

/** The catalogs through i18next, as the page words a problem; `used` collects the keys. */
function translator(lng: 'en' | 'zh', used?: Set<string>): Word {
  return (key, vars) => {
    used?.add(key);
    return engine.t(key as MessageKey, { ...vars, lng });
  };
}

const library = JSON.parse(readFileSync('scenarios/scheme-library.json', 'utf8')) as {
  schemes: Record<string, unknown>[];
};
const byKind = (kind: string) => structuredClone(library.schemes.find((s) => s.kind === kind)!);
const base = { name: 'n', seed: 1, trials: 10, data: { source: 'sample' } };
const scenario = (patch: Record<string, unknown>) =>
  JSON.stringify({ ...base, schemes: [byKind('truth-telling')], ...patch });

const pharma = {
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
function corpus(): { problem: Problem; line: string }[] {
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
const advice: TruthTellingWarning[] = [
  { code: 'no-reward-above-target' },
  { code: 'rates-out-of-order', alpha: 0.1, beta: 0.05, gamma: 0.2 },
  { code: 'floor-moves-target', sigma: 0.3, quantile: 0.4, fractile: 0.5 },
  { code: 'floor-moves-target', sigma: 0.3, quantile: 0.4, fractile: 0.6 },
];

// Words that are not English prose: the JSON literals and the format's own name.
const allowed = new Set(['true', 'false', 'JSON', 'SKU', 'data', 'reps', 'scenario']);

/** Latin words left once paths, quoted values and the allowed words are taken out. */
function strayWords(text: string): string[] {
  const stripped = text
    .replace(/"[^"]*"/g, ' ')
    .replace(/[\w.]*\[\d+\][\w.[\]]*/g, ' ')
    .replace(/\b\w+\.json\b/g, ' ');
  return (stripped.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !allowed.has(w));
}

/** The values a problem shows as they are (ids, values seen, field names), which stay. */
function ownValues(problem: Problem): string[] {
  return Object.entries(problem.params)
    .filter(([name]) => name !== 'what' && name !== 'noun')
    .map(([, value]) => String(value));
}

describe('validation problems', () => {
  const cases = corpus();
  const files = cases.filter((c) => c.line.startsWith('f.json: '));

  it('the English lines are word for word those the CLI printed before problems were data', () => {
    // problemsBefore.json: the same corpus run through the engine as it was before codes,
    // but for "2 periods", written "2 period(s)" before the catalogs had plural forms.
    const before = JSON.parse(readFileSync('test/unit/i18n/problemsBefore.json', 'utf8'));
    const after = [
      ...cases.filter((c) => c.line !== '').map((c) => c.line),
      ...advice.map(truthTellingWarningText),
    ];
    expect(after).toEqual(before);
  });

  it('the English catalog through i18next words each problem as the CLI line does', () => {
    for (const { problem, line } of files) {
      const page = `f.json: ${problemLine(problem, wordProblem(problem, translator('en')))}`;
      expect(page).toBe(line);
      expect(`f.json: ${problemLine(problem)}`).toBe(line);
    }
  });

  it('a count of one takes the singular, in the CLI line and on the page alike', () => {
    const one = [
      parseScenario(
        scenario({
          data: {
            source: 'reps',
            reps: [
              { id: 'a', mean: [1], sigma: 0.1 },
              { id: 'b', mean: [1, 2], sigma: 0.1 },
            ],
          },
        }),
        'f.json',
      ),
      parseScenario(
        scenario({
          data: { source: 'reps', reps: [{ id: 'a', mean: [1], sigma: 0.1 }] },
          schemes: [{ ...pharma, quota: { kind: 'fixed', values: [300] } }],
        }),
        'f.json',
      ),
    ].flatMap((parsed) => (parsed.ok ? parsed.warningProblems : parsed.problems));
    const lines = one.map((problem) => problemEnglish(problem));
    expect(lines).toEqual([
      'expected 1 period like data.reps[0], saw 2',
      'the quota of its 1 period is 300, but the stated total is 1000; ' +
        "the run uses that period's own target",
    ]);
    expect(one.map((problem) => wordProblem(problem, translator('en')))).toEqual(lines);
  });

  it("truthTellingAdvice's warnings read in English as truthTellingWarningText writes them", () => {
    for (const w of advice) {
      expect(problemEnglish(adviceProblem(w))).toBe(truthTellingWarningText(w));
    }
  });

  it('every problem key has a Chinese wording and the two catalogs hold the same keys', () => {
    const keys = (catalog: Record<string, string>) =>
      Object.keys(catalog).filter((key) => key.startsWith('problem.'));
    // Chinese has one plural form: only the `_other` of a plural message.
    const english = keys(en).filter((key) => !key.endsWith('_one'));
    expect(keys(zhCN).sort()).toEqual(english.sort());
    for (const key of keys(zhCN))
      expect(zhCN[key as keyof typeof zhCN].length, key).toBeGreaterThan(0);
  });

  it('the corpus reaches every sentence, phrase and noun of the problem catalog', () => {
    const used = new Set<string>();
    for (const { problem } of cases) wordProblem(problem, translator('zh', used));
    // 'unreadable' is the safety net for a message that is no problem, 'json' for a text the
    // parser refuses where jsonFault finds no fault; none reaches them.
    expect(
      cases.filter(({ problem }) => problem.code === 'unreadable' || problem.code === 'json'),
    ).toEqual([]);
    // A plural message is asked for by its key without `_one`/`_other`.
    const unused = Object.keys(en)
      .map((key) => key.replace(/_(one|other)$/, ''))
      .filter(
        (key) =>
          key.startsWith('problem.') &&
          !used.has(key) &&
          key !== 'problem.unreadable' &&
          key !== 'problem.json',
      );
    expect(unused).toEqual([]);
  });

  it('no Chinese wording keeps an English word beyond paths, ids and the values seen', () => {
    for (const { problem } of cases) {
      // The sentence without its path: the path is the file's own and stays as written.
      let zh = wordProblem(problem, translator('zh'));
      for (const value of ownValues(problem)) zh = zh.replace(value, ' ');
      expect(strayWords(zh), `${problem.code} ${JSON.stringify(problem.params)}\n→ ${zh}`).toEqual(
        [],
      );
    }
  });

  it('the Chinese for unreadable JSON says where and what in Chinese, and names a table', () => {
    const words = (text: string) => {
      const parsed = parseScenario(text, 'f.json');
      if (parsed.ok) throw new Error('expected a JSON error');
      return wordProblem(parsed.problems[0], translator('zh'));
    };
    expect(words('{"name": "a",, }')).toBe('不是有效的 JSON：第 1 行第 14 列：出现了意外的“,”');
    expect(words('{\n  "name": "a",\n}')).toBe(
      '不是有效的 JSON：第 2 行第 14 列：多了一个逗号，其后没有内容，请删除',
    );
    expect(words('rep,date,sales\nAnn,2024-01,5')).toBe(zhCN['problem.notScenario']);
  });

  it('a message that is not a problem is kept as written rather than half translated', () => {
    const problem: Problem = { path: 'x', code: 'unreadable', params: { text: 'a rainbow' } };
    expect(wordProblem(problem, translator('zh'))).toBe('a rainbow');
  });
});
