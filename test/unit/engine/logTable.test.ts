import { describe, expect, it } from 'vitest';
import { MINUS_LOG_HI, MINUS_LOG_LO, RECIPROCALS } from '$lib/engine/logTable';
import { exactLog } from './exactMath';

describe('logTable', () => {
  it('holds, for each step of [√½, √2), a 13-bit reciprocal that keeps |m·c − 1| within 2^−8', () => {
    for (let i = 181; i <= 362; i++) {
      const c = RECIPROCALS[i];
      expect(Number.isInteger(c * 8192), `step ${i}`).toBe(true);
      const low = Math.max(i / 256, Math.SQRT1_2);
      const high = Math.min((i + 1) / 256, Math.SQRT2);
      expect(Math.abs(low * c - 1), `step ${i}`).toBeLessThanOrEqual(2 ** -8);
      expect(Math.abs(high * c - 1), `step ${i}`).toBeLessThanOrEqual(2 ** -8);
    }
  });

  it('holds −log c as a multiple of 2^−40 and a rest, within 2^−90 of the exact value', () => {
    for (let i = 181; i <= 362; i++) {
      const hi = MINUS_LOG_HI[i];
      expect(Number.isInteger(hi * 2 ** 40), `step ${i}`).toBe(true);
      const { m, e } = exactLog(RECIPROCALS[i]);
      // hi + lo + log c, at 2^e, as a fraction of 2^−90.
      const sum = BigInt(hi * 2 ** 40) * 2n ** BigInt(-e - 40) + m;
      const rest = BigInt(Math.round(MINUS_LOG_LO[i] * 2 ** 100)) * 2n ** BigInt(-e - 100);
      expect(Math.abs(Number((sum + rest) / 2n ** BigInt(-e - 90))), `step ${i}`).toBe(0);
    }
  });
});
