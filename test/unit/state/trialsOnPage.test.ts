import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/lib/engine';
import { problemLine } from '../../../src/lib/engine/schemes/schema/problem';
import { setLocale, problemWithPath } from '../../../src/lib/i18n/i18n.svelte';
import { limits } from '../../../src/lib/state/settings';
import { trialsOnPage } from '../../../src/lib/state/trialsOnPage';

describe('trialsOnPage', () => {
  it('trialsOnPage takes the range the Trials field takes, ends included', () => {
    const { min, max } = limits.trials;
    for (const trials of [min, min + 1, 4000, max]) expect(trialsOnPage(trials)).toBeNull();
    for (const trials of [1, 2, min - 1, max + 1]) {
      expect(trialsOnPage(trials)?.path).toBe('trials');
    }
  });

  it('trialsOnPage refuses 1 trial, which a scenario file and so the command line accept', () => {
    const file = JSON.parse(readFileSync('scenarios/essay-vs-haggling.json', 'utf8'));
    const parsed = parseScenario(JSON.stringify({ ...file, trials: 1 }), 'one-trial.json');
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));

    expect(trialsOnPage(parsed.scenario.trials)?.path).toBe('trials');
  });

  it('trialsOnPage names the field, the range, why, and the value seen, in both languages', () => {
    const problem = trialsOnPage(50);
    if (!problem) throw new Error('50 trials should be refused');

    expect(problemLine(problem)).toBe(
      'trials: expected an integer from 100 to 1000000 to run on this page, whose 95% ' +
        'intervals need at least 100 trials (the command line runs from 1), saw 50',
    );
    setLocale('zh-CN');
    expect(problemWithPath(problem)).toBe(
      'trials: 应为介于 100 到 1000000 之间的整数才能在本页运行，因为本页的 95% 区间至少需要 ' +
        '100 次试验（命令行从 1 次起即可运行），实际为 50',
    );
    setLocale('en');
  });
});
