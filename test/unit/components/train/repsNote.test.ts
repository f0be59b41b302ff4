import { afterEach, describe, expect, it } from 'vitest';
import { repsNote } from '$lib/components/train/repsNote';
import { setLocale } from '$lib/i18n/i18n.svelte';
import type { RepModel } from '$lib/engine';
import type { TrainingReps } from '$lib/state/training.svelte';

// The note reads only how many reps there are, never what is in them.
const reps = (n: number) => Array.from({ length: n }, () => ({}) as RepModel);

function history(periods: number, perQuarter: number | null, count = 2): TrainingReps {
  return { reps: reps(count), fromScenario: true, periods, perQuarter, offset: 0, quarter: [] };
}

afterEach(() => setLocale('en'));

describe('repsNote', () => {
  it('repsNote says a single period is one period, in the singular', () => {
    setLocale('en');
    const note = repsNote(history(1, null));
    expect(note).toContain('their 1 period cannot');
    expect(note).not.toContain('(s)');
  });

  it('repsNote counts several periods in the plural when they make no quarter', () => {
    setLocale('en');
    expect(repsNote(history(6, null))).toContain('their 6 periods cannot');
  });

  it('repsNote gives the year and the quarter each its own form', () => {
    setLocale('en');
    const note = repsNote(history(4, 1, 3));
    expect(note).toContain('(3)');
    expect(note).toContain('Their 4 periods are read as one year');
    expect(note).toContain('a quarter is 1 period.');
    expect(repsNote(history(12, 3))).toContain('a quarter is 3 periods.');
  });

  it('repsNote writes the periods with their measure word in Chinese', () => {
    setLocale('zh-CN');
    expect(repsNote(history(12, 3))).toContain('其 12 期按一年计，一个季度为其中 3 期。');
    expect(repsNote(history(1, null))).toContain('但其 1 期无法均分为四个季度');
  });
});
