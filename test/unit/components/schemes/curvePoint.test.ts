import { describe, expect, it } from 'vitest';
import { pointLimits, readPointField } from '../../../../src/lib/components/schemes/curvePoint';

describe('the rep the Schemes screen draws its curves for', () => {
  it('refuses expected sales at or below 0, empty or not a number', () => {
    for (const raw of ['-100', '0', '', '  ', 'abc', 'Infinity']) {
      expect(readPointField(raw, pointLimits.expected), raw).toEqual({ ok: false });
    }
    expect(readPointField(' 250 ', pointLimits.expected)).toEqual({ ok: true, value: 250 });
  });

  it('takes a volatility of 0 but not a negative one', () => {
    expect(readPointField('0', pointLimits.sigma)).toEqual({ ok: true, value: 0 });
    expect(readPointField('-0.1', pointLimits.sigma)).toEqual({ ok: false });
  });

  it('leaves an empty target to each rep, and refuses a negative one', () => {
    expect(readPointField('', pointLimits.target, true)).toEqual({ ok: true, value: undefined });
    expect(readPointField('-5', pointLimits.target, true)).toEqual({ ok: false });
    expect(readPointField('80', pointLimits.target, true)).toEqual({ ok: true, value: 80 });
  });
});
