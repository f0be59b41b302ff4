/** What one implementation reports for a run of RW1 (the baselines print it as JSON). */
export interface Rw1Result {
  impl: string;
  trials: number;
  draws: number;
  seconds: number;
  nsPerDraw: number;
  /** Processor time per draw: on a busy machine it holds steadier than the wall clock. */
  cpuNsPerDraw?: number;
  meanA: number;
  /** Standard error of meanA from the run's sum and sum of squares over all draws. */
  seA: number;
  apeA: number;
  histA: number[];
  meanB: number;
  seB: number;
  apeB: number;
  histB: number[];
}

const NUMBERS = ['trials', 'draws', 'seconds', 'nsPerDraw', 'meanA', 'seA', 'apeA'] as const;
const NUMBERS_B = ['meanB', 'seB', 'apeB'] as const;

/** A run's JSON line, or the reason the program gave for skipping. */
export type ParsedLine =
  { kind: 'result'; result: Rw1Result } | { kind: 'skipped'; reason: string };

/** Reads the last non-empty line of a baseline's output; throws on anything malformed. */
export function parseRw1Line(output: string, bins: number): ParsedLine {
  const line = output.trim().split('\n').at(-1) ?? '';
  const data: unknown = JSON.parse(line);
  if (typeof data !== 'object' || data === null) throw new Error(`not a JSON object: ${line}`);
  const record = data as Record<string, unknown>;

  if (typeof record.skipped === 'string') return { kind: 'skipped', reason: record.skipped };

  for (const key of [...NUMBERS, ...NUMBERS_B]) {
    if (typeof record[key] !== 'number' || !Number.isFinite(record[key])) {
      throw new Error(`field ${key} should be a finite number, saw ${String(record[key])}`);
    }
  }
  for (const key of ['histA', 'histB']) {
    const hist = record[key];
    if (!Array.isArray(hist) || hist.length !== bins || !hist.every(Number.isInteger)) {
      throw new Error(`field ${key} should be ${bins} integer counts`);
    }
  }
  const cpu = record.cpuNsPerDraw;
  if (cpu !== undefined && (typeof cpu !== 'number' || !Number.isFinite(cpu))) {
    throw new Error(`field cpuNsPerDraw should be a finite number, saw ${String(cpu)}`);
  }
  if (typeof record.impl !== 'string') throw new Error('field impl should be a string');

  return { kind: 'result', result: record as unknown as Rw1Result };
}
