import { describe, expect, it } from 'vitest';
import { settingsOutOfRange } from '../../../src/lib/components/settingsOutOfRange';
import { DEFAULT_HAGGLING, selfSet } from '../../../src/lib/engine';
import { en } from '../../../src/lib/i18n/en';
import { settingsFrom } from '../../../src/lib/state/settings';

const settings = settingsFrom(
  { schemes: [selfSet(0.05, 'zero')], seed: 1, trials: 4000 },
  DEFAULT_HAGGLING,
);

describe('settingsOutOfRange', () => {
  it('settingsOutOfRange names none while every setting is within its range', () => {
    expect(settingsOutOfRange(settings)).toEqual([]);
  });

  it('settingsOutOfRange names the trials a link may carry below the panel’s 100', () => {
    expect(settingsOutOfRange({ ...settings, trials: 1 })).toEqual([en['settings.trials']]);
  });

  it('settingsOutOfRange names each field out of range by its label, without an empty unit', () => {
    const economics = { ...settings.economics, margin: 2 };
    const named = settingsOutOfRange({ ...settings, basePay: -1, economics });
    expect(named).toEqual(['Base pay per period', en['economics.margin']]);
  });
});
