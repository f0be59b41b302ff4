import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '$lib/engine/scenario';
import { amountUnits } from '$lib/engine/scenarioSchema';
import { currencies, formatNumber } from '$lib/i18n/format';
import { scenarioFile } from '$lib/state/scenarioFile';

const base = {
  name: 'test',
  seed: 1,
  trials: 100,
  data: { source: 'sample' },
  schemes: [{ kind: 'self-set', id: 'essay', rate: 0.05 }],
};

const shipped = (file: string) => JSON.parse(readFileSync(`scenarios/${file}`, 'utf8')) as object;

describe('the unit a scenario file states its amounts in', () => {
  it('a stated unit is read into the scenario and written back by a saved file', () => {
    for (const unit of amountUnits) {
      const parsed = parseScenario({ ...base, currency: unit }, 's.json');
      if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
      expect(parsed.scenario.currency).toBe(unit);
      const { scenario } = parsed;
      const saved = {
        ...scenarioFile({ ...scenario, dataSource: null }),
        currency: scenario.currency,
      };
      const again = parseScenario(JSON.parse(JSON.stringify(saved)), 'saved.json');
      expect(again.ok && again.scenario.currency).toBe(unit);
    }
  });

  it('a file without a unit still loads, with no unit of its own', () => {
    const parsed = parseScenario(base, 's.json');
    expect(parsed.ok).toBe(true);
    expect(parsed.ok && 'currency' in parsed.scenario).toBe(false);
  });

  it('an unknown unit is refused with the units that are known', () => {
    const parsed = parseScenario({ ...base, currency: '10k yuan' }, 's.json');
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? [] : parsed.errors).toEqual([
      's.json: currency: expected "CNY", "CNY-10k", "USD", "EUR" or "none", saw "10k yuan"',
    ]);
  });

  it('the app offers every unit a file can state', () => {
    expect([...currencies]).toEqual([...amountUnits]);
  });

  it('the pharmaceutical letter states 万元 and every other shipped scenario a unit', () => {
    const units = Object.fromEntries(
      [
        'pharma-2014.json',
        'condiment-2010.json',
        'scheme-library.json',
        'essay-vs-haggling.json',
        'reference-lognormal.json',
      ].map((file) => {
        const parsed = parseScenario(shipped(file), file);
        return [file, parsed.ok ? parsed.scenario.currency : 'refused'];
      }),
    );
    expect(units['pharma-2014.json']).toBe('CNY-10k');
    // The condiment letter's sales are counted in yuan (at an example price a case), as its pay.
    expect(units['condiment-2010.json']).toBe('CNY');
    expect(units['scheme-library.json']).toBe('CNY');
    expect(Object.values(units)).not.toContain(undefined);
  });
});

describe('money in 万元', () => {
  it('reads in yuan to the precision the amount has in 万元, in both languages', () => {
    expect(formatNumber('en', 35.1234, 'money', 'CNY-10k')).toBe('CN¥351,000');
    expect(formatNumber('en', 1600.4, 'money', 'CNY-10k')).toBe('CN¥16,000,000');
    expect(formatNumber('zh-CN', 1600.4, 'money', 'CNY-10k')).toBe('¥16,000,000');
    expect(formatNumber('en', -315.2, 'money', 'CNY-10k')).toBe('-CN¥3,150,000');
    expect(formatNumber('en', 0, 'money', 'CNY-10k')).toBe('CN¥0');
    expect(formatNumber('en', 1.5, 'money', 'CNY-10k', { signed: true })).toBe('+CN¥15,000');
    expect(formatNumber('en', 2.24, 'money', 'CNY-10k', { digits: 1 })).toBe('CN¥22,000');
  });

  it('compact money counts yuan too, with 万 in Chinese', () => {
    expect(formatNumber('zh-CN', 1600, 'moneyCompact', 'CNY-10k')).toBe('¥1600万');
    expect(formatNumber('en', 1600, 'moneyCompact', 'CNY-10k')).toBe('CN¥16M');
  });

  it('plain numbers stay in 万元, and chart ticks count yuan as the tables beside them do', () => {
    expect(formatNumber('en', 35.1234, 'amount', 'CNY-10k')).toBe('35.1');
    expect(formatNumber('zh-CN', 38, 'compact', 'CNY-10k')).toBe('38万');
    expect(formatNumber('en', 38, 'compact', 'CNY-10k')).toBe('380K');
  });
});
