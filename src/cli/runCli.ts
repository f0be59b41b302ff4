import { makePlan } from '../lib/engine/plan';
import type { RunSummary } from '../lib/engine/types';
import type { ProgressListener } from '../lib/workers/simEndpoint';
import { parseArgs, usage } from './args';
import { checkLoadedSchemes } from './checkLoadedSchemes';
import { oneLine } from './oneLine';
import { jsonReport } from './jsonReport';
import { loadReps } from './loadReps';
import { createNodePool } from './nodePool';
import { readScenario } from './readScenario';
import { tableReport } from './tableReport';

/** Where the CLI writes; tests pass their own. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  onProgress?: ProgressListener;
}

/** Exit code for anything wrong with what the user gave: arguments, scenario or data. */
export const USAGE_ERROR = 2;

/**
 * `npm run simulate`: scenario and data in, a table or one JSON object out. Input problems
 * are written one per line to stderr and give exit code 2; warnings (the scenario's, the
 * data's) go to stderr, one per line, and into the JSON; the results go to stdout only.
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) return refuse(io, [...parsed.errors, 'Run with --help to see the options.']);
  if (parsed.help) {
    io.stdout(`${usage}\n`);
    return 0;
  }
  const options = parsed.options;

  const read = await readScenario(options.scenario);
  if (!read.ok) return refuse(io, read.errors);
  const scenario = read.scenario;

  const data = await loadReps(scenario, options.scenario, options.data, options.dataOptions);
  if (!data.ok) return refuse(io, data.errors);
  const periods = data.reps[0].mean.length;
  const checked = checkLoadedSchemes(scenario, options.scenario, read.warnings, periods);
  if (!checked.ok) return refuse(io, checked.errors);
  const warnings = [...checked.warnings, ...data.warnings].map(oneLine);
  for (const warning of warnings) io.stderr(`warning: ${warning}\n`);

  const settings = {
    seed: options.seed ?? scenario.seed,
    trials: options.trials ?? scenario.trials,
    schemes: scenario.schemes,
    ...(scenario.behaviour && !options.noBehaviour && { behaviour: scenario.behaviour }),
  };
  const plan = makePlan(settings, data.reps);
  const pool = createNodePool();
  let summary: RunSummary;
  try {
    const handle = pool.run(plan, data.reps, scenario.baseline, {
      workers: options.workers,
      onProgress: io.onProgress,
    });
    summary = await handle.promise;
  } finally {
    pool.dispose();
  }

  const report = options.json
    ? JSON.stringify(jsonReport(summary, warnings))
    : tableReport(summary, scenario.name);
  io.stdout(`${report}\n`);
  return 0;
}

function refuse(io: CliIo, errors: string[]): number {
  for (const error of errors) io.stderr(`${oneLine(error)}\n`);
  return USAGE_ERROR;
}
