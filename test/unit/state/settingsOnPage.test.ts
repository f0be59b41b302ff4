import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/lib/engine';
import { DEFAULT_HAGGLING } from '../../../src/lib/engine/constants';
import { problemLine } from '../../../src/lib/engine/schemes/schema/problem';
import { en } from '../../../src/lib/i18n/en';
import { problemWithPath, setLocale } from '../../../src/lib/i18n/i18n.svelte';
import { zhCN } from '../../../src/lib/i18n/zh-CN';
import { limits, settingsFrom, settingsValid } from '../../../src/lib/state/settings';
import { settingsOnPage } from '../../../src/lib/state/settingsOnPage';

const essay = JSON.parse(readFileSync('scenarios/essay-vs-haggling.json', 'utf8'));
const hagglingKeys = ['repOpening', 'bossOpening', 'bossPower', 'bossNoise', 'growth'] as const;

/** The essay's scenario with its self-set rate, base pay and haggling replaced. */
function essayWith(patch: {
  rate?: number;
  basePay?: number;
  trials?: number;
  haggling?: Record<string, number>;
}): string {
  const file = structuredClone(essay);
  if (patch.rate !== undefined) file.schemes[0].rate = patch.rate;
  if (patch.basePay !== undefined) file.schemes[0].basePay = patch.basePay;
  if (patch.trials !== undefined) file.trials = patch.trials;
  Object.assign(file.schemes[1].haggling, patch.haggling ?? {});
  return JSON.stringify(file);
}

/** settingsOnPage of a file the engine accepts (a test of one it refuses is meaningless). */
function onPage(text: string) {
  const parsed = parseScenario(text, 'f.json');
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return settingsOnPage(parsed.scenario, text);
}

describe('settingsOnPage', () => {
  it('settingsOnPage passes every scenario the app ships', () => {
    for (const name of readdirSync('scenarios').filter((file) => file.endsWith('.json'))) {
      expect(onPage(readFileSync(`scenarios/${name}`, 'utf8')), name).toEqual([]);
    }
  });

  it('settingsOnPage refuses a file exactly when the panel would not run its settings', () => {
    // Values on both sides of each field's ends and far beyond, mostly ones a file may hold.
    const fileRange = { rate: [0, 3], repOpening: [0, 0.999], bossOpening: [0, 3] } as const;
    const wide = { bossPower: [0, 1], bossNoise: [0, 3], growth: [-0.99, 3] } as const;
    const around = (key: keyof typeof fileRange | keyof typeof wide) => {
      const { min, max } = limits[key];
      const [low, high] = { ...fileRange, ...wide }[key];
      return fc.oneof(
        { weight: 1, arbitrary: fc.constantFrom(min, max, min - 1e-9, max + 1e-9, -0.8, 1e6) },
        { weight: 4, arbitrary: fc.double({ min: low, max: high, noNaN: true }) },
      );
    };
    const haggling = fc.record(Object.fromEntries(hagglingKeys.map((k) => [k, around(k)])));
    const trials = fc.oneof(
      fc.constantFrom(1, 99, 100, 1_000_000),
      fc.integer({ min: 1, max: 1e6 }),
    );
    const patches = fc.record({
      rate: around('rate'),
      basePay: fc.constantFrom(0, 1, 1e12, 2e12, -1),
      trials,
      haggling,
    });
    let accepted = 0;
    fc.assert(
      fc.property(patches, (patch) => {
        const text = essayWith(patch);
        const parsed = parseScenario(text, 'f.json');
        if (!parsed.ok) return;
        accepted += 1;
        const runs = settingsValid(settingsFrom(parsed.scenario, DEFAULT_HAGGLING));
        expect(settingsOnPage(parsed.scenario, text).length === 0).toBe(runs);
      }),
      { numRuns: 2000, seed: 20261205 },
    );
    // The property said something: the engine took many of the files.
    expect(accepted).toBeGreaterThan(500);
  });

  it('settingsOnPage takes each field from its min to its max, ends included', () => {
    const { min, max } = limits.rate;
    expect(onPage(essayWith({ rate: min }))).toEqual([]);
    expect(onPage(essayWith({ rate: max }))).toEqual([]);
    for (const key of hagglingKeys) {
      expect(onPage(essayWith({ haggling: { [key]: limits[key].min } })), key).toEqual([]);
      expect(onPage(essayWith({ haggling: { [key]: limits[key].max } })), key).toEqual([]);
    }
  });

  it('settingsOnPage names the field of the file: a self-set rate, or a beta', () => {
    expect(onPage(essayWith({ rate: 2 })).map((p) => p.path)).toEqual(['schemes[0].rate']);
    expect(onPage(essayWith({ rate: 0 })).map((p) => p.path)).toEqual(['schemes[0].rate']);

    const file = structuredClone(essay);
    file.schemes[0] = { kind: 'truth-telling', id: 'tt', alpha: 0, beta: 1.5, gamma: 3 };
    expect(onPage(JSON.stringify(file)).map((p) => p.path)).toEqual(['schemes[0].beta']);
  });

  it('settingsOnPage refuses every haggling out of range, not only the panel’s', () => {
    const file = structuredClone(essay);
    const second = { ...file.schemes[1], id: 'second', haggling: { bossOpening: 3 } };
    const grid = {
      kind: 'bonus-grid',
      id: 'grid',
      quota: { kind: 'haggled', haggling: { growth: -0.8 } },
      standardBonus: { kind: 'share', share: 0.05 },
      forecastRatios: [0.5, 1.5],
      actualRatios: [0, 2],
      grid: [
        [0, 1],
        [0, 1],
      ],
    };
    file.schemes.push(second, grid);
    expect(onPage(JSON.stringify(file)).map((p) => p.path)).toEqual([
      'schemes[2].haggling.bossOpening',
      'schemes[3].quota.haggling.growth',
    ]);
  });

  it('settingsOnPage lists every field out of range, the trials first', () => {
    const text = essayWith({
      rate: 2,
      trials: 10,
      haggling: { repOpening: 0.97, bossOpening: 3, bossNoise: 2.5, growth: -0.8 },
    });
    expect(onPage(text).map((p) => p.path)).toEqual([
      'trials',
      'schemes[0].rate',
      'schemes[1].haggling.repOpening',
      'schemes[1].haggling.bossOpening',
      'schemes[1].haggling.bossNoise',
      'schemes[1].haggling.growth',
    ]);
  });

  it('settingsOnPage says both ranges and the value seen, in both languages', () => {
    const [rate] = onPage(essayWith({ rate: 2 }));
    const [noise] = onPage(essayWith({ haggling: { bossNoise: 2.5 } }));

    expect(problemLine(rate)).toBe(
      'schemes[0].rate: expected a number from 0.0001 to 1 (0.01% to 100%) to run on this ' +
        'page, as its field “Commission rate t” takes (the command line runs a wider range), ' +
        'saw 2',
    );
    expect(problemLine(noise)).toBe(
      'schemes[1].haggling.bossNoise: expected a number from 0 to 2 to run on this page, as ' +
        'its field “Boss’s estimation error” takes (the command line runs a wider range), saw 2.5',
    );
    setLocale('zh-CN');
    expect(problemWithPath(rate)).toBe(
      'schemes[0].rate: 应为介于 0.0001 到 1（即 0.01% 到 100%）之间的数字才能在本页运行，' +
        '与本页“提成率 t”字段的范围相同（命令行可运行更宽的范围），实际为 2',
    );
    setLocale('en');
  });

  it('settingsOnPage names each field as the panel labels it, in both languages', () => {
    const pairs = [
      ['fieldRate', 'settings.rate'],
      ['fieldRepOpening', 'settings.repOpening'],
      ['fieldBossOpening', 'settings.bossOpening'],
      ['fieldBossNoise', 'settings.bossNoise'],
      ['fieldGrowth', 'settings.growth'],
    ] as const;
    for (const [noun, label] of pairs) {
      expect(en[`problem.noun.${noun}`]).toBe(en[label]);
      expect(zhCN[`problem.noun.${noun}`]).toBe(zhCN[label]);
    }
  });
});
