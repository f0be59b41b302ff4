import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/lib/engine';
import { DEFAULT_ECONOMICS } from '../../../src/lib/engine/sweep';
import { amountUnits } from '../../../src/lib/engine/scenarioSchema';
import { en } from '../../../src/lib/i18n/en';
import { zhCN } from '../../../src/lib/i18n/zh-CN';
import { defaultScenario } from '../../../src/lib/state/defaultScenario';
import { scenarioFile } from '../../../src/lib/state/scenarioFile';
import { readShareFragment, shareFragment } from '../../../src/lib/state/shareLink';
import { trialsOnPage } from '../../../src/lib/state/trialsOnPage';

const parsed = defaultScenario();
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const scenario = parsed.scenario;
const file = scenarioFile({
  name: '情景 with ünïcode',
  seed: 77,
  trials: 1200,
  dataSource: null,
  schemes: scenario.schemes,
  baseline: 'self-set',
});
const extras = { economics: { ...DEFAULT_ECONOMICS, margin: 0.42 }, currency: 'USD' as const };

function fragmentWith(edit: (params: URLSearchParams) => void): string {
  const params = new URLSearchParams(shareFragment(file, extras).slice(1));
  edit(params);
  return `#${params.toString()}`;
}

describe('share links', () => {
  it('readShareFragment gives back the scenario and the extras a fragment was made of', () => {
    const read = readShareFragment(shareFragment(file, extras));
    if (read.status !== 'ok') throw new Error(JSON.stringify(read));

    expect(read.scenario).toMatchObject({ name: file.name, seed: 77, trials: 1200 });
    expect(read.scenario.schemes).toEqual(scenario.schemes);
    expect(read.scenario.baseline).toBe('self-set');
    expect(read.extras).toEqual(extras);
  });

  it('readShareFragment sees no link in an address without a scenario', () => {
    expect(readShareFragment('')).toEqual({ status: 'none' });
    expect(readShareFragment('#main')).toEqual({ status: 'none' });
  });

  it('readShareFragment reports a damaged scenario instead of guessing', () => {
    const read = readShareFragment(fragmentWith((p) => p.set('scenario', '%%%')));
    expect(read).toEqual({ status: 'bad', errors: [{ key: 'link.unreadable', vars: {} }] });
  });

  it('readShareFragment checks the scenario exactly as parseScenario checks a file', () => {
    const bad = { ...file, trials: -5 };
    const encoded = Buffer.from(JSON.stringify(bad)).toString('base64url');
    const read = readShareFragment(fragmentWith((p) => p.set('scenario', encoded)));
    const direct = parseScenario(JSON.stringify(bad), 'link');

    if (read.status !== 'bad' || direct.ok) throw new Error('both should fail');
    expect(read.errors).toEqual(direct.problems.map((problem) => ({ problem })));
  });

  it('readShareFragment refuses 1 to 99 trials, which a file takes but the page does not run', () => {
    for (const trials of [1, 99]) {
      const encoded = Buffer.from(JSON.stringify({ ...file, trials })).toString('base64url');
      const read = readShareFragment(fragmentWith((p) => p.set('scenario', encoded)));

      expect(parseScenario(JSON.stringify({ ...file, trials }), 'link').ok).toBe(true);
      expect(read).toEqual({ status: 'bad', errors: [{ problem: trialsOnPage(trials) }] });
    }
    const least = Buffer.from(JSON.stringify({ ...file, trials: 100 })).toString('base64url');
    expect(readShareFragment(fragmentWith((p) => p.set('scenario', least))).status).toBe('ok');
  });

  it('readShareFragment names an economics field out of range and the value seen', () => {
    const read = readShareFragment(fragmentWith((p) => p.set('margin', '7')));
    expect(read).toEqual({
      status: 'bad',
      errors: [{ key: 'link.badNumber', vars: { field: 'margin', min: '0', max: '1', seen: '7' } }],
    });
  });

  it('readShareFragment refuses a currency it does not know, listing every one the parser takes', () => {
    const read = readShareFragment(fragmentWith((p) => p.set('currency', 'XYZ')));
    expect(read).toEqual({
      status: 'bad',
      errors: [{ key: 'link.badCurrency', vars: { seen: 'XYZ', choices: amountUnits.join(', ') } }],
    });
    expect(amountUnits).toContain('CNY-10k');
  });

  it('the currency refusal in each language takes its choices from the link, not its own list', () => {
    for (const catalog of [en, zhCN]) {
      expect(catalog['link.badCurrency']).toContain('{{choices}}');
      expect(catalog['link.badCurrency']).not.toMatch(/USD|EUR/);
    }
  });

  it('readShareFragment gives a link without the optional extras their defaults', () => {
    const bare = `#scenario=${new URLSearchParams(shareFragment(file, extras).slice(1)).get('scenario')}`;
    const read = readShareFragment(bare);
    if (read.status !== 'ok') throw new Error(JSON.stringify(read));
    expect(read.extras).toEqual({ economics: DEFAULT_ECONOMICS, currency: 'CNY' });
  });

  it('readShareFragment takes an empty extra as missing and keeps the ones given', () => {
    const read = readShareFragment(
      fragmentWith((p) => {
        p.set('overCost', '');
        p.delete('riskAversion');
        p.set('currency', '');
      }),
    );
    if (read.status !== 'ok') throw new Error(JSON.stringify(read));
    expect(read.extras).toEqual({
      economics: {
        ...DEFAULT_ECONOMICS,
        margin: 0.42,
        overCost: DEFAULT_ECONOMICS.overCost,
        riskAversion: DEFAULT_ECONOMICS.riskAversion,
      },
      currency: 'CNY',
    });
  });
});
