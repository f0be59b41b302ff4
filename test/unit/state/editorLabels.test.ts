import { describe, expect, it } from 'vitest';
import { parseScenario, type Scheme } from '../../../src/lib/engine';
import { DEFAULT_ECONOMICS } from '../../../src/lib/engine/sweep';
import { presetScheme } from '../../../src/lib/components/schemes/presets';
import { localiseInnerLabels } from '../../../src/lib/components/schemes/presetLabels';
import { setLocale, t } from '../../../src/lib/i18n/i18n.svelte';
import { en } from '../../../src/lib/i18n/en';
import { zhCN } from '../../../src/lib/i18n/zh-CN';
import { scenarioFile } from '../../../src/lib/state/scenarioFile';
import { editorCopy, schemeNames, shownLabel } from '../../../src/lib/state/schemeNames';
import { readShareFragment, shareFragment } from '../../../src/lib/state/shareLink';

const zhKind = (kind: Scheme['kind']) => zhCN[`scheme.${kind}`];
const enKind = (kind: Scheme['kind']) => en[`scheme.${kind}`];

function inEnglish<T>(make: () => T): T {
  setLocale('en');
  return make();
}

describe('labels the editor writes follow the language; labels the user types do not', () => {
  it('editorCopy knows the editor’s names in either language and nothing the user wrote', () => {
    expect(editorCopy('commission-plan', enKind('commission-plan'))).toBe(1);
    expect(editorCopy('commission-plan', `${zhKind('commission-plan')} 3`)).toBe(3);
    expect(editorCopy('commission-plan', `${enKind('commission-plan')} 2`)).toBe(2);
    for (const own of [
      'Our 2025 plan',
      `${enKind('commission-plan')} for Li`,
      `${enKind('commission-plan')} 1`,
      `${enKind('commission-plan')}  2`,
      enKind('bonus-grid'),
      '',
    ]) {
      expect(editorCopy('commission-plan', own), own).toBeNull();
    }
  });

  it('shownLabel writes an editor name in the current language and a typed one as typed', () => {
    const added = inEnglish(() => presetScheme('bonus-grid', 'bonus-grid-2', 100, t, 2));
    expect(added.label).toBe(`${enKind('bonus-grid')} 2`);
    expect(shownLabel(added, zhKind)).toBe(`${zhKind('bonus-grid')} 2`);
    expect(shownLabel({ ...added, label: '张经理的奖金' }, enKind)).toBe('张经理的奖金');
    expect(shownLabel({ ...added, label: 'Q3 grid' }, zhKind)).toBe('Q3 grid');
  });

  it('schemeNames gives in Chinese two names the English editor wrote, a typed name as is', () => {
    const schemes = inEnglish(() => [
      presetScheme('commission-plan', 'commission-plan', 100, t),
      presetScheme('commission-plan', 'commission-plan-2', 100, t, 2),
      { ...presetScheme('commission-plan', 'mine', 100, t, 3), label: 'Team East' },
    ]);
    const kind = zhKind('commission-plan');
    expect(schemeNames(schemes, zhKind)).toEqual([kind, `${kind} 2`, 'Team East']);
  });

  it('localiseInnerLabels writes a letter’s fines and products in the current language', () => {
    const letters = inEnglish(() => [
      presetScheme('pharma-letter', 'pharma-letter', 100, t),
      presetScheme('condiment-letter', 'condiment-letter', 100, t),
    ]);
    setLocale('zh-CN');
    const expected = [
      presetScheme('pharma-letter', 'pharma-letter', 100, t),
      presetScheme('condiment-letter', 'condiment-letter', 100, t),
    ];
    for (const [k, letter] of letters.entries()) {
      const shown = localiseInnerLabels(letter as unknown as Record<string, unknown>, t);
      // The scheme's own label is the page's to translate; the inner ones are translated here.
      expect({ ...shown, label: expected[k].label }).toEqual(expected[k]);
    }
    setLocale('en');
    const back = localiseInnerLabels(expected[1] as unknown as Record<string, unknown>, t);
    expect({ ...back, label: letters[1].label }).toEqual(letters[1]);
  });

  it('localiseInnerLabels keeps a fine the user named, and leaves ids alone', () => {
    const letter = inEnglish(() => presetScheme('pharma-letter', 'pharma-letter', 100, t));
    if (letter.kind !== 'pharma-letter') throw new Error('not a pharma letter');
    const own = {
      ...letter,
      fines: [
        { ...letter.fines[0], label: 'Broke the promotion rules' },
        letter.fines[1],
        { kind: 'events', id: 'extra', label: en['preset.breach'], amount: 1, expected: 1 },
      ],
    };
    setLocale('zh-CN');
    const shown = localiseInnerLabels(own as unknown as Record<string, unknown>, t) as typeof own;
    setLocale('en');
    expect(shown.fines.map((f) => f.label)).toEqual([
      'Broke the promotion rules',
      zhCN['preset.lost'],
      en['preset.breach'],
    ]);
    expect(shown.fines.map((f) => f.id)).toEqual(['breach', 'lost', 'extra']);
  });

  it('an older scenario file with English editor labels loads and reads in Chinese', () => {
    // As an earlier version saved it: the editor's English names, one name the user typed.
    const old = {
      name: 'Saved before labels followed the language',
      seed: 5,
      trials: 200,
      data: { source: 'sample' },
      schemes: [
        inEnglish(() => presetScheme('pharma-letter', 'pharma-letter', 100, t)),
        inEnglish(() => presetScheme('pharma-letter', 'pharma-letter-2', 100, t, 2)),
        { ...inEnglish(() => presetScheme('pharma-letter', 'ours', 100, t)), label: 'Ours 2014' },
      ],
      baseline: 'pharma-letter',
    };
    const parsed = parseScenario(JSON.parse(JSON.stringify(old)), 'old.json');
    if (!parsed.ok) throw new Error(JSON.stringify(parsed));
    const kind = zhKind('pharma-letter');
    expect(schemeNames(parsed.scenario.schemes, zhKind)).toEqual([kind, `${kind} 2`, 'Ours 2014']);

    // Saved again and shared, the labels are kept exactly as stored.
    const file = scenarioFile({ ...old, dataSource: null, schemes: parsed.scenario.schemes });
    expect(file.schemes.map((s) => s.label)).toEqual(old.schemes.map((s) => s.label));
    const extras = { economics: DEFAULT_ECONOMICS, currency: 'CNY' as const };
    const link = readShareFragment(shareFragment(file, extras));
    if (link.status !== 'ok') throw new Error(JSON.stringify(link));
    expect(link.scenario.schemes).toEqual(parsed.scenario.schemes);
  });
});
