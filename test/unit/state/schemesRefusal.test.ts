import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario, selfSet, type RepModel } from '../../../src/lib/engine';
import { schemesRefusal } from '../../../src/lib/state/schemesRefusal';

function reps(periods: number): RepModel[] {
  const mean = Array.from({ length: periods }, () => 100);
  return [{ id: 'a', name: 'a', mean, sigma: 0.2, historyPeriods: 24, thin: false }];
}

const pharma = parseScenario(readFileSync('scenarios/pharma-2014.json', 'utf8'), 'pharma');
if (!pharma.ok) throw new Error(pharma.errors.join('\n'));
const letters = pharma.scenario.schemes;

describe('schemesRefusal', () => {
  it('refuses a letter of four quarters on twelve months, naming the values that do not fit', () => {
    const refusal = schemesRefusal(letters, reps(12));
    expect(refusal?.key).toBe('run.error.schemesDoNotFit');
    expect(refusal?.problems.map((p) => p.path)).toContain('schemes[0].quota.values');
  });

  it('lets the same letter run on four periods, and a scheme without per-period values on any', () => {
    expect(schemesRefusal(letters, reps(4))).toBeNull();
    expect(schemesRefusal([selfSet(0.05)], reps(12))).toBeNull();
  });

  it('refuses no reps at all, and a scheme that breaks its own rules, before periods', () => {
    expect(schemesRefusal(letters, [])).toEqual({ key: 'run.error.noReps', problems: [] });
    const broken = { ...selfSet(0.05), alpha: 0.2, beta: 0.1 };
    expect(schemesRefusal([broken], reps(12))?.key).toBe('run.error.schemesRefused');
  });
});
