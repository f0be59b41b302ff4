import { describe, expect, it } from 'vitest';
import { drawLognormals } from '$lib/engine/drawLognormals';
import { standardNormal } from '$lib/engine/normal';
import { trialStream } from '$lib/engine/random';

const CELLS = 50_000;

/** Cell i: log-mean from −3 to 12 and log-sd from 0 to 1.5, so every layer and sign is hit. */
function law(): { logMu: Float64Array; logSigma: Float64Array } {
  const logMu = Float64Array.from({ length: CELLS }, (_, i) => -3 + (15 * (i % 97)) / 96);
  const logSigma = Float64Array.from({ length: CELLS }, (_, i) => (1.5 * (i % 13)) / 12);
  return { logMu, logSigma };
}

describe('drawLognormals', () => {
  it('drawLognormals gives exp(μ + σZ) of the standardNormal draws, to 2 ulp, and their sum', () => {
    const { logMu, logSigma } = law();
    const out = new Float64Array(CELLS);
    const total = drawLognormals(trialStream(3, 9), logMu, logSigma, out);

    const rng = trialStream(3, 9);
    let sum = 0;
    for (let i = 0; i < CELLS; i++) {
      const expected = Math.exp(logMu[i] + logSigma[i] * standardNormal(rng));
      expect(Math.abs(out[i] - expected)).toBeLessThanOrEqual(4.5e-16 * expected);
      sum += out[i];
    }
    expect(total).toBe(sum);
  });

  it('drawLognormals leaves the stream where the same standardNormal draws would', () => {
    const { logMu, logSigma } = law();
    const a = trialStream(5, 2);
    const b = trialStream(5, 2);
    drawLognormals(a, logMu, logSigma, new Float64Array(CELLS));
    for (let i = 0; i < CELLS; i++) standardNormal(b);
    for (let i = 0; i < 8; i++) expect(a.nextUint32()).toBe(b.nextUint32());
  });

  it('drawLognormals gives 0 for a log-mean of −∞ (a rep with no sales) and σ = 0 exactly', () => {
    const logMu = Float64Array.of(-Infinity, Math.log(100), -Infinity);
    const logSigma = Float64Array.of(0.3, 0, 0);
    const out = new Float64Array(3);
    const total = drawLognormals(trialStream(1, 0), logMu, logSigma, out);
    expect(Array.from(out)).toEqual([0, Math.exp(Math.log(100)), 0]);
    expect(total).toBe(out[1]);
  });
});
