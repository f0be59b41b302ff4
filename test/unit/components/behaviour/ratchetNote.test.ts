import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { noRatchetNote } from '../../../../src/lib/components/behaviour/ratchetNote';
import { parseScenario, type Scheme } from '../../../../src/lib/engine';
import { en } from '../../../../src/lib/i18n/en';
import { setLocale } from '../../../../src/lib/i18n/i18n.svelte';

function schemesOf(file: string): Scheme[] {
  const parsed = parseScenario(readFileSync(`scenarios/${file}`, 'utf8'), file);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.scenario.schemes;
}

describe('the ratchet card without a haggled quota', () => {
  afterEach(() => setLocale('en'));

  it('names the letters that fix their quotas instead of saying none sets one', () => {
    const pharma = schemesOf('pharma-2014.json');
    const note = noRatchetNote(pharma, ['Pharma letter']);
    expect(note).not.toBe(en['behaviour.ratchet.noQuota']);
    expect(note).toMatch(/^Pharma letter sets its quota by its own terms/);

    const condiment = schemesOf('condiment-2010.json');
    expect(noRatchetNote(condiment, ['Letter', 'Plan'])).toMatch(
      /^Letter, Plan set their quotas by their own terms/,
    );
    setLocale('zh-CN');
    expect(noRatchetNote(condiment, ['函', '计划'])).toMatch(/^函、计划按自身条款设定定额/);
  });

  it('says no scheme sets a quota when none does', () => {
    const selfSet = schemesOf('essay-vs-haggling.json').filter((s) => s.kind !== 'haggled-quota');
    expect(selfSet.length).toBeGreaterThan(0);
    expect(
      noRatchetNote(
        selfSet,
        selfSet.map((s) => s.label),
      ),
    ).toBe(en['behaviour.ratchet.noQuota']);
  });
});
