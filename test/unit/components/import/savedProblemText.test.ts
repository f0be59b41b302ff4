import { afterEach, describe, expect, it } from 'vitest';
import { savedProblemText } from '$lib/components/import/savedProblemText';
import { setLocale } from '$lib/i18n/i18n.svelte';
import { zhCN } from '$lib/i18n/zh-CN';

describe('savedProblemText', () => {
  afterEach(() => setLocale('en'));

  it('savedProblemText lists the settings put back to their defaults as the language lists', () => {
    const fields = ['trials = "9"', 'floor = "sideways, up"'];
    setLocale('zh-CN');
    expect(savedProblemText({ kind: 'dropped', fields })).toBe(
      zhCN['saved.problem.dropped'].replace('{{detail}}', 'trials = "9"、floor = "sideways, up"'),
    );
    setLocale('en');
    expect(savedProblemText({ kind: 'dropped', fields })).toContain(
      '(trials = "9", floor = "sideways, up")',
    );
  });
});
