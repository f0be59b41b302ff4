import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { en, type MessageKey } from '../../../src/lib/i18n/en';
import { zhCN } from '../../../src/lib/i18n/zh-CN';
import { parseScenario } from '../../../src/lib/engine/scenario';
import {
  problemEnglish,
  problemLine,
  wordProblem,
  type Problem,
  type Word,
} from '../../../src/lib/engine/schemes/schema/problem';
import { adviceProblem } from '../../../src/lib/engine/schemes/schema/schemeChecks';
import { truthTellingWarningText } from '../../../src/lib/engine/schemes/truthTellingAdvice';
import { advice, corpus, pharma, scenario } from './problemCorpus';

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
