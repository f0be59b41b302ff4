import type { ImportOptions } from '../lib/data/importFile';
import { MAX_TRIALS } from '../lib/engine/constants';
import { importOptionSpec, importOptions, importUsage } from './dataArgs';
import { parseStrict } from './strictArgs';

/** What `npm run simulate -- ...` was asked to do. */
export interface CliOptions {
  scenario: string;
  data?: string;
  /** How to read --data (sheet, encoding, columns …); absent when no such option was given. */
  dataOptions?: ImportOptions;
  seed?: number;
  trials?: number;
  workers?: number;
  /** Leave the scenario's "behaviour" section out: the run Compare shows for the file. */
  noBehaviour: boolean;
  json: boolean;
}

export type ParsedArgs =
  | { ok: true; help: false; options: CliOptions }
  | { ok: true; help: true }
  | { ok: false; errors: string[] };

export const usage = `Usage: npm run simulate -- --scenario FILE [options]

Runs a scenario's schemes on the same random draws and prints, per scheme, the payout, sales,
target accuracy, cost and counted events, the paired differences against the baseline and,
when the scenario has a "behaviour" section, what the reps did and the company's view of it.
With that section every figure is of the run with rep behaviour, as the Behaviour screen shows
it; --no-behaviour gives the figures Compare shows. Warnings go to stderr. Exit code 2: a bad
option, scenario or data file (one line per problem).

  --scenario FILE      scenario JSON (see scenarios/)
  --data FILE          sales history (CSV, .xlsx, .xls, Parquet); replaces the scenario's data
  --seed N             whole number >= 0; replaces the scenario's seed
  --trials N           whole number from 1 to ${MAX_TRIALS}; replaces the scenario's trials
  --workers N          worker threads (default: min(4, cores)); never changes the results
  --no-behaviour       leave out the scenario's "behaviour" section (Compare's figures)
  --json               print one JSON object instead of tables
  --help               show this help

Options for --data, as in npm run data:
${importUsage}

Examples:
  npm run simulate -- --scenario scenarios/essay-vs-haggling.json
  npm run simulate -- --scenario scenarios/pharma-2014.json --trials 2000 --seed 7 --json
  npm run simulate -- --scenario scenarios/essay-vs-haggling.json --data sales.xlsx --sheet 2024`;

const maxWorkers = 64;

// Known gap, kept on purpose: the simulation draws and pays each rep alone, so a group changes
// no result; totals by group are the data report's (npm run data -- FILE --assign FILE).
const NO_ASSIGN =
  '--assign is not used by the simulation (each rep is simulated and paid alone; a group ' +
  'changes no result); for totals by group run npm run data -- FILE --assign ASSIGN';

/** Reads the command line; every problem found becomes one line naming the option. */
export function parseArgs(argv: string[]): ParsedArgs {
  const parsed = parseStrict(
    argv,
    {
      scenario: { type: 'string' },
      data: { type: 'string' },
      ...importOptionSpec,
      seed: { type: 'string' },
      trials: { type: 'string' },
      workers: { type: 'string' },
      assign: { type: 'string' },
      'no-behaviour': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    false,
  );
  if (!parsed.ok) return parsed;
  const { values } = parsed;
  if (values.help === true) return { ok: true, help: true };

  const errors: string[] = [];
  const whole = (name: string, min: number, max: number) => {
    const text = values[name];
    if (typeof text !== 'string') return undefined;
    const value = /^\d+$/.test(text) ? Number(text) : NaN;
    if (Number.isSafeInteger(value) && value >= min && value <= max) return value;
    errors.push(`--${name} must be a whole number from ${min} to ${max}, got "${text}"`);
    return undefined;
  };

  const seed = whole('seed', 0, Number.MAX_SAFE_INTEGER);
  const trials = whole('trials', 1, MAX_TRIALS);
  const workers = whole('workers', 1, maxWorkers);
  const given = Object.keys(importOptionSpec).some((name) => values[name] !== undefined);
  const dataOptions = given ? importOptions(values, errors) : undefined;
  if (values.assign !== undefined) errors.push(NO_ASSIGN);
  const scenario = values.scenario;
  if (typeof scenario !== 'string' || scenario === '') errors.push('--scenario FILE is required');
  if (errors.length > 0 || typeof scenario !== 'string') return { ok: false, errors };

  const data = typeof values.data === 'string' ? values.data : undefined;
  return {
    ok: true,
    help: false,
    options: {
      scenario,
      data,
      ...(dataOptions && { dataOptions }),
      seed,
      trials,
      workers,
      noBehaviour: values['no-behaviour'] === true,
      json: values.json === true,
    },
  };
}
