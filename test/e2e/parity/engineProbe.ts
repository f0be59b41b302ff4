/**
 * Runs one block of a behaviour plan and returns every figure of it as the bytes of its
 * doubles, in base64 by path: bundled for Chromium by engine-parity.e2e.ts and imported as is
 * in Node, so the two can be compared bit for bit.
 */
import { makePlan } from '../../../src/lib/engine/plan';
import { exp, expm1, log, log1p } from '../../../src/lib/engine/portableMath';
import { repsFromScenario } from '../../../src/lib/engine/repsFromScenario';
import { parseScenario } from '../../../src/lib/engine/scenario';
import { simulateBlock } from '../../../src/lib/engine/simulate';
import type { RepModel } from '../../../src/lib/engine/types';

/** A scenario file's JSON and the calibrated reps it runs on (the file's own, if it lists reps). */
export function probeBlock(scenario: unknown, sample: RepModel[]): Record<string, string> {
  const parsed = parseScenario(scenario, 'parity.json');
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const { seed, trials, schemes, behaviour, data } = parsed.scenario;
  const reps = data.source === 'reps' ? repsFromScenario(data) : sample;
  const plan = makePlan({ seed, trials, schemes, ...(behaviour && { behaviour }) }, reps);
  const out: Record<string, string> = {};
  collect(plan, 'plan', out);
  collect(simulateBlock(plan, 0), 'block', out);
  return out;
}

/**
 * The portable exp, expm1, log and log1p over a spread of arguments from subnormal to huge,
 * both signs, as the bytes of their doubles in base64.
 */
export function probeMath(): string {
  const values: number[] = [];
  for (let k = 0; k < 4000; k++) {
    const x = (k - 2000) * 0.3731 + 1e-3 * k;
    const tiny = (k + 1) * 1.2345e-310;
    const wide = (k + 1) * 7.1234567e-6 * (k % 7 === 0 ? 1e200 : 1);
    values.push(exp(x), exp(x / 997), expm1(x / 50), expm1(x * 1e-9), log(wide), log(tiny));
    values.push(log1p(x / 2000), log1p(x * 1e-12), log1p(wide));
  }
  return base64(Float64Array.from(values));
}

function collect(value: unknown, path: string, out: Record<string, string>) {
  if (value instanceof Float64Array) out[path] = base64(value);
  else if (typeof value === 'number') out[path] = base64(Float64Array.of(value));
  else if (value !== null && typeof value === 'object' && !ArrayBuffer.isView(value)) {
    for (const [key, v] of Object.entries(value)) collect(v, `${path}.${key}`, out);
  }
}

function base64(values: Float64Array): string {
  const bytes = new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text);
}
