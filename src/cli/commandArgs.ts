import { parseStrict, type StrictValues } from './strictArgs';

type Options = Parameters<typeof parseStrict>[1];

/**
 * The options of a command run from package.json's scripts (benchmarks, the sample, the
 * kernel's assembly), read strictly: `--help` prints `usage` and exits 0, and a wrong option
 * is named with the usage and exits 2 before the command does any work (`sample --bogus`
 * would otherwise rewrite the sample's files).
 */
export function commandArgs(
  usage: string,
  options: Options = {},
  allowPositionals = false,
): { values: StrictValues; positionals: string[] } {
  const parsed = parseStrict(
    process.argv.slice(2),
    { ...options, help: { type: 'boolean' } },
    allowPositionals,
  );
  if (!parsed.ok) {
    process.stderr.write(`${parsed.errors.join('\n')}\n\n${usage}\n`);
    process.exit(2);
  }
  if (parsed.values.help) {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  }
  return parsed;
}
