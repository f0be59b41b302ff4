import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { dataWarning } from '$lib/components/dataWarning';
import { warningText, type DataWarning } from '$lib/data/warnings';
import { setLocale } from '$lib/i18n/i18n.svelte';

const whole = fc.integer({ min: 0, max: 1_000_000 });
// Any names, commas and quotes included, but for '", "', where a read-back list is parted.
const names = fc.array(
  fc.string({ minLength: 1 }).filter((name) => !name.includes('", "')),
  { minLength: 1 },
);

const anyWarning: fc.Arbitrary<DataWarning> = fc.oneof(
  fc
    .record({ days: whole, grain: fc.constantFrom('week' as const, 'day' as const) })
    .map((params) => ({ code: 'shortGrain' as const, params })),
  whole.map((months) => ({ code: 'noSeasons' as const, params: { months } })),
  fc.constant({ code: 'noTrend' as const, params: {} }),
  fc.record({ gaps: whole, expected: whole }).map((params) => ({ code: 'gaps' as const, params })),
  whole.map((empty) => ({ code: 'emptyPeriods' as const, params: { empty } })),
  names.map((reps) => ({ code: 'noSales' as const, params: { reps } })),
  fc
    .record({ count: whole, below: whole, reps: names })
    .map((params) => ({ code: 'thinReps' as const, params })),
);

describe('data warnings in the reader’s language', () => {
  afterEach(() => setLocale('en'));

  it('words a warning in English exactly as the CLI prints it, numbers grouped', () => {
    const w: DataWarning = { code: 'gaps', params: { gaps: 3, expected: 24 } };
    expect(dataWarning(w)).toBe(warningText(w));
  });

  it('warningText writes the CLI the same English as the page, for one and for many', () => {
    setLocale('en');
    const small = fc.integer({ min: 0, max: 999 });
    const counts: fc.Arbitrary<DataWarning> = fc.oneof(
      fc
        .record({ gaps: small, expected: small })
        .map((params) => ({ code: 'gaps' as const, params })),
      small.map((empty) => ({ code: 'emptyPeriods' as const, params: { empty } })),
      small.map((months) => ({ code: 'noSeasons' as const, params: { months } })),
      small.map((days) => ({
        code: 'shortGrain' as const,
        params: { days, grain: 'week' as const },
      })),
      fc
        .record({ count: small, below: small, reps: names })
        .map((params) => ({ code: 'thinReps' as const, params })),
    );
    fc.assert(
      fc.property(counts, (w) => {
        expect(dataWarning(w)).toBe(warningText(w));
      }),
    );
    expect(warningText({ code: 'gaps', params: { gaps: 1, expected: 24 } })).toMatch(
      /^1 of 24 periods has no rows at all; it is treated as missing/,
    );
  });

  it('words a count of one in the singular, verb included', () => {
    setLocale('en');
    const one = (w: DataWarning) => dataWarning(w);
    expect(one({ code: 'gaps', params: { gaps: 1, expected: 24 } })).toMatch(
      /^1 of 24 periods has no rows at all; it is treated/,
    );
    expect(one({ code: 'thinReps', params: { count: 1, below: 6, reps: ['Li'] } })).toMatch(
      /^1 rep has fewer than 6 periods with sales and borrows /,
    );
    expect(one({ code: 'emptyPeriods', params: { empty: 1 } })).toMatch(/^1 rep-period without/);
    expect(one({ code: 'noSeasons', params: { months: 1 } })).toMatch(/spans 1 month:/);
    expect(one({ code: 'shortGrain', params: { days: 1, grain: 'day' } })).toMatch(/spans 1 day,/);
  });

  it('words every warning in Chinese with its numbers and names', () => {
    setLocale('zh-CN');
    const reps = ['Taylor, Quinn', 'Wang'];
    const w: DataWarning = { code: 'thinReps', params: { count: 2, below: 6, reps } };
    const text = dataWarning(w);
    expect(text).toMatch(/\p{Script=Han}/u);
    // Listed as Chinese lists names, with the ideographic comma and Chinese quotes; a name
    // holding a comma stays whole.
    expect(text).toContain('“Taylor, Quinn”、“Wang”');
    expect(dataWarning({ code: 'noSales', params: { reps } })).toBe(
      '因没有净销售而排除：“Taylor, Quinn”、“Wang”。',
    );
    expect(text).toContain('6');
    fc.assert(
      fc.property(anyWarning, (any) => {
        expect(dataWarning(any)).toMatch(/\p{Script=Han}/u);
      }),
    );
  });
});
