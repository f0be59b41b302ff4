import { afterEach, describe, expect, it } from 'vitest';
import { refusalText } from '../../../../src/lib/components/tune/refusalText';
import { selfSet } from '../../../../src/lib/engine';
import { setLocale } from '../../../../src/lib/i18n/i18n.svelte';
import { checkSweep, type SweepRefusal } from '../../../../src/lib/state/tuning.svelte';

const base = selfSet(0.05, 'none');
const refused = (parameter: string, grid: [number, number, number]): SweepRefusal => {
  const refusal = checkSweep(base, parameter, grid);
  if (!refusal) throw new Error('expected the sweep to be refused');
  return refusal;
};

describe('refusalText', () => {
  afterEach(() => setLocale('en'));

  it('refusalText words a negative rate with the page’s names, not the engine’s', () => {
    setLocale('en');
    const text = refusalText(refused('rate', [-0.05, 0.1, 4]), 'rate');
    expect(text).toContain('Commission rate t = -5');
    expect(text).toContain('“Rate on the target β” would be -5');
    expect(text).not.toMatch(/alpha|beta|gamma|self-set@|basePay/);
  });

  it('refusalText words the same refusal in Chinese', () => {
    setLocale('zh-CN');
    const text = refusalText(refused('beta', [0.05, 0.5, 4]), 'beta');
    expect(text).toContain('未达标罚率 γ');
    expect(text).not.toMatch(/alpha|beta|gamma|[A-Za-z]{4,}/);
  });

  it('refusalText leaves a field out of its own limit to that field', () => {
    expect(refusalText({ reason: 'from' }, 'rate')).toBeNull();
    expect(refusalText({ reason: 'order' }, 'rate')).toBe('“To” must be larger than “from”.');
  });

  it('refusalText words a field no parameter names without its path', () => {
    const refusal = refused('rate', [-0.05, 0.1, 4]);
    if (refusal.reason !== 'scheme') throw new Error('expected a scheme refusal');
    const odd = { ...refusal, problem: { ...refusal.problem, path: 'cap.values' } };
    expect(refusalText(odd, 'rate')).toMatch(/^Commission rate t = -5(\.0+)?% is not allowed/);
  });
});
