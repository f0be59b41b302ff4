import { parseArgs as parseNodeArgs, type ParseArgsConfig } from 'node:util';
import { oneLine } from './oneLine';

type Options = NonNullable<ParseArgsConfig['options']>;

export type StrictValues = Record<string, string | boolean | undefined>;

interface Token {
  kind: string;
  name?: string;
}

export type StrictParse =
  { ok: true; values: StrictValues; positionals: string[] } | { ok: false; errors: string[] };

/**
 * node:util's parseArgs, strict, with two changes for the people typing these commands. A
 * value starting with a dash after an option that takes one (`--seed -1`) is that option's
 * value, so the option's own check answers in its own words, where node's parser calls it
 * "ambiguous". An option given twice is refused, where node's parser silently keeps the last.
 */
export function parseStrict(
  argv: string[],
  options: Options,
  allowPositionals: boolean,
): StrictParse {
  let parsed: { values: StrictValues; positionals: string[]; tokens: Token[] };
  try {
    const { values, positionals, tokens } = parseNodeArgs({
      args: joinDashValues(argv, options),
      strict: true,
      allowPositionals,
      tokens: true,
      options,
    });
    parsed = { values: values as StrictValues, positionals, tokens };
  } catch (thrown) {
    return {
      ok: false,
      errors: [oneLine(thrown instanceof Error ? thrown.message : String(thrown))],
    };
  }

  const seen = new Map<string, number>();
  for (const token of parsed.tokens) {
    if (token.kind === 'option' && token.name !== undefined) {
      seen.set(token.name, (seen.get(token.name) ?? 0) + 1);
    }
  }
  const repeated = [...seen].filter(([, count]) => count > 1).map(([name]) => name);
  if (repeated.length > 0) {
    return {
      ok: false,
      errors: repeated.map((name) => `--${name} is given more than once; give it once`),
    };
  }
  return { ok: true, values: parsed.values, positionals: parsed.positionals };
}

/**
 * `--name -x` as `--name=-x` when --name takes a value and -x is not an option of its own
 * (these commands have no one-letter options); everything after a bare `--` is left alone.
 */
function joinDashValues(argv: string[], options: Options): string[] {
  const joined: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') return [...joined, ...argv.slice(i)];
    const next = argv[i + 1];
    const takesValue = arg.startsWith('--') && options[arg.slice(2)]?.type === 'string';
    if (takesValue && next !== undefined && /^-(?!-)./.test(next)) {
      joined.push(`${arg}=${next}`);
      i++;
    } else joined.push(arg);
  }
  return joined;
}
