import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { en, type MessageKey } from '../../../src/lib/i18n/en';
import { zhCN } from '../../../src/lib/i18n/zh-CN';
import { problemText, type Translate } from '../../../src/lib/i18n/problemText';
import { parseScenario } from '../../../src/lib/engine/scenario';
import { parseScheme } from '../../../src/lib/engine/schemes/schema/parseScheme';
import { truthTellingWarningText } from '../../../src/lib/engine/schemes/truthTellingAdvice';

const engine = i18next.createInstance();
void engine.init({
  resources: { en: { translation: en }, zh: { translation: zhCN } },
  lng: 'en',
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false },
  initAsync: false,
});

function translator(lng: 'en' | 'zh', used?: Set<string>): Translate {
  return (key: MessageKey, vars = {}) => {
    used?.add(key);
    return engine.t(key, { ...vars, lng });
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

/** Broken scenarios and schemes that between them reach every sentence the engine writes. */
function corpus(): string[] {
  const files = [
    '{"name": ',
    '{"name": "a",, }',
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
  const fromFiles = files.flatMap((text) => {
    const parsed = parseScenario(text, 'f.json');
    return parsed.ok ? parsed.warnings : parsed.errors;
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
    ...(warned.ok ? warned.warnings : warned.errors),
    ...(schemeErrors.ok ? [] : schemeErrors.errors.map((e) => e.message)),
    truthTellingWarningText({ code: 'no-reward-above-target' }),
    truthTellingWarningText({ code: 'rates-out-of-order', alpha: 0.1, beta: 0.05, gamma: 0.2 }),
    truthTellingWarningText({
      code: 'floor-moves-target',
      sigma: 0.3,
      quantile: 0.4,
      fractile: 0.5,
    }),
    truthTellingWarningText({
      code: 'floor-moves-target',
      sigma: 0.3,
      quantile: 0.4,
      fractile: 0.6,
    }),
  ];
}

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

describe('problemText', () => {
  const messages = corpus();

  it('problemText reads every sentence of the corpus back into the same English', () => {
    expect(messages.length).toBeGreaterThan(60);
    for (const message of messages) {
      const body = message.replace(/^f\.json: /, '');
      // The JSON parser's own detail comes from the JavaScript engine, not from a frame.
      if (body.startsWith('not valid JSON')) continue;
      expect(problemText(body, translator('en'), false), message).toBe(body);
    }
  });

  it('problemText leaves no English word in Chinese beyond paths, ids and values', () => {
    for (const message of messages) {
      const zh = problemText(message, translator('zh'), false);
      expect(zh, message).not.toBe(message);
      // The prefix (file name and field path) and the value seen are the user's own.
      let same = 0;
      while (zh[same] === message[same]) same++;
      const seen = /(?:saw|expected one of:) (.*)$/.exec(message)?.[1] ?? '';
      const body = zh.slice(same).replace(seen, ' ');
      expect(strayWords(body), `${message}\n→ ${zh}`).toEqual([]);
    }
  });

  it('problemText uses every sentence and phrase of the problem catalog on the corpus', () => {
    const used = new Set<string>();
    for (const message of messages) problemText(message, translator('zh', used), false);
    const unused = Object.keys(en).filter(
      (key) => key.startsWith('problem.') && !used.has(key) && key !== 'problem.json.other',
    );
    expect(unused).toEqual([]);
  });

  it('problemText names where the JSON parser stopped in Chinese', () => {
    const zh = problemText(
      'f.json: not valid JSON (Bad token at position 12)',
      translator('zh'),
      false,
    );
    expect(zh).toBe('f.json: 不是有效的 JSON（第 12 个字符附近出错）');
  });

  it('problemText keeps a sentence it does not know unchanged rather than half translated', () => {
    const unknown = 'f.json: x: expected a rainbow, saw 3';
    expect(problemText(unknown, translator('zh'), false)).toBe(unknown);
  });

  it('problemText returns English messages untouched', () => {
    expect(problemText('anything at all', translator('zh'), true)).toBe('anything at all');
  });
});
