import { describe, expect, it } from 'vitest';
import { parseRw1Line } from '../rw1Result';

const hist = Array.from({ length: 64 }, () => 0);
const line = {
  impl: 'c',
  trials: 1,
  draws: 4000,
  seconds: 0.1,
  nsPerDraw: 25,
  meanA: 5,
  seA: 0.02,
  apeA: 0.2,
  histA: hist,
  meanB: 900,
  seB: 1,
  apeB: 0.2,
  histB: hist,
};

describe('parseRw1Line', () => {
  it('parseRw1Line reads the last line of a baseline’s output', () => {
    const parsed = parseRw1Line(`warming up\n${JSON.stringify(line)}\n`, 64);
    expect(parsed).toEqual({ kind: 'result', result: line });
  });

  it('parseRw1Line passes on the reason a baseline skipped', () => {
    const parsed = parseRw1Line('{"impl":"numpy","skipped":"numpy is not installed"}', 64);
    expect(parsed).toEqual({ kind: 'skipped', reason: 'numpy is not installed' });
  });

  it('parseRw1Line rejects a missing mean, a NaN and a short histogram', () => {
    const { meanB: _, ...noMean } = line;
    expect(() => parseRw1Line(JSON.stringify(noMean), 64)).toThrow(/meanB/);
    expect(() => parseRw1Line(JSON.stringify({ ...line, seA: 'NaN' }), 64)).toThrow(/seA/);
    expect(() => parseRw1Line(JSON.stringify({ ...line, histB: [1] }), 64)).toThrow(/histB/);
  });

  it('parseRw1Line keeps an optional processor time and rejects one that is not a number', () => {
    const parsed = parseRw1Line(JSON.stringify({ ...line, cpuNsPerDraw: 14.5 }), 64);
    expect(parsed.kind === 'result' && parsed.result.cpuNsPerDraw).toBe(14.5);
    const bad = JSON.stringify({ ...line, cpuNsPerDraw: 'fast' });
    expect(() => parseRw1Line(bad, 64)).toThrow(/cpuNsPerDraw/);
  });
});
