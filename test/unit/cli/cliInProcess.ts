import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../../src/cli/runCli';
import { runData } from '../../../src/cli/runData';

/** Runs the CLI in this process, collecting what it writes. */
export async function cliInProcess(args: string[]) {
  const out = { stdout: '', stderr: '' };
  const code = await runCli(args, {
    stdout: (text) => (out.stdout += text),
    stderr: (text) => (out.stderr += text),
  });
  return { code, ...out };
}

/** Writes a scenario into a fresh temporary folder and returns its path. */
export function scenarioFile(scenario: object, name = 'scenario.json'): string {
  const path = join(mkdtempSync(join(tmpdir(), 'il-cli-')), name);
  writeFileSync(path, JSON.stringify(scenario));
  return path;
}

/** Runs `npm run data` in this process, collecting what it writes. */
export async function dataInProcess(args: string[]) {
  const out = { stdout: '', stderr: '' };
  const code = await runData(args, {
    stdout: (text) => (out.stdout += text),
    stderr: (text) => (out.stderr += text),
  });
  return { code, ...out };
}

/** The path of a file in test/fixtures/import. */
export const importFixture = (name: string) =>
  fileURLToPath(new URL(`../../fixtures/import/${name}`, import.meta.url));
