/**
 * Runs one block of a behaviour plan and returns every figure of it as the bytes of its
 * doubles, in base64 by path: bundled for Chromium by engine-parity.e2e.ts and imported as is
 * in Node, so the two can be compared bit for bit.
 */
import { makePlan } from '../../../src/lib/engine/plan';
import { parseScenario } from '../../../src/lib/engine/scenario';
import { simulateBlock } from '../../../src/lib/engine/simulate';
import type { RepModel } from '../../../src/lib/engine/types';

/** A scenario file's JSON and the calibrated reps it runs on. */
export function probeBlock(scenario: unknown, reps: RepModel[]): Record<string, string> {
  const parsed = parseScenario(scenario, 'parity.json');
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const { seed, trials, schemes, behaviour } = parsed.scenario;
  const plan = makePlan({ seed, trials, schemes, ...(behaviour && { behaviour }) }, reps);
  const out: Record<string, string> = {};
  collect(plan, 'plan', out);
  collect(simulateBlock(plan, 0), 'block', out);
  return out;
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
