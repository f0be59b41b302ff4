import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/runCli';
import { runData } from '../../../src/cli/runData';
import { writeBigCsv } from '../../corpus/bigFiles';
import { corpus, corpusBytes, type CorpusEntry } from '../../corpus/corpus';
import { goodRows } from '../../corpus/smallFiles';
import { expectClearMessages } from './clearMessages';
import { isolatedImporter } from './isolatedImporter';

/** After this long an import counts as hung and its thread is stopped (a guard, not a goal). */
const HANG_MS = 30_000;

const good = {
  name: 'good.csv',
  bytes: new TextEncoder().encode(
    goodRows()
      .map((row) => row.join(','))
      .join('\n'),
  ),
};
const importer = isolatedImporter(HANG_MS);
const cliSamples = ['truncated.xlsx', 'binary-junk.csv', 'header-only.csv', 'formula-error.xlsx'];
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'il-corpus-'));
});

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await importer.close();
});

describe.each(corpus)('the corpus file $name ($why)', (entry: CorpusEntry) => {
  const gap = entry.gap ? ` (skipped, open gap: ${entry.gap})` : '';
  it.skipIf(entry.gap)(
    `is answered in words naming the file, and the loaded data stays${gap}`,
    async () => {
      const answer = await importer.run({
        name: entry.name,
        bytes: corpusBytes(entry.name),
        before: good,
      });

      expect('hung' in answer, `no answer within ${HANG_MS / 1000} s`).toBe(false);
      expect('thrown' in answer ? answer.thrown : null, 'an exception escaped').toBeNull();
      if (!('ok' in answer)) return;
      if (answer.previewErrors.length > 0) expectClearMessages(answer.previewErrors, entry.name);
      if (entry.outcome === 'refused') expect(answer.ok, 'the import must fail').toBe(false);
      expectClearMessages(answer.messages, entry.name);
      // The file's own name may not stand in for the words (empty.csv is not "empty").
      const said = answer.messages.map((m) => m.replaceAll(entry.name, '<file>')).join('\n');
      for (const pattern of entry.mentions) expect(said).toMatch(pattern);
      if (!answer.ok) expect(answer.tableKept, 'the history loaded before is intact').toBe(true);
    },
    60_000,
  );

  // The CLI prints what importFile says; one file per kind of failure checks how it prints
  // (each CLI run opens its own DuckDB, about a second).
  it.runIf(cliSamples.includes(entry.name) && !entry.gap)(
    'makes `npm run data` exit with code 2 and one clear line per problem',
    async () => {
      const path = join(dir, entry.name);
      writeFileSync(path, corpusBytes(entry.name));
      const out: string[] = [];
      const err: string[] = [];

      const code = await runData([path, '--json'], {
        stdout: (text) => out.push(text),
        stderr: (text) => err.push(text),
      });

      expect(code).toBe(2);
      const lines = err.join('').trimEnd().split('\n');
      expectClearMessages(lines, path);
      expect(JSON.parse(out.join('')).errors.length).toBeGreaterThan(0);
    },
    60_000,
  );
});

describe('`npm run simulate -- --data FILE` on a corpus file', () => {
  it('exits with code 2 and names the sheet, row, column and value, with no stack trace', async () => {
    const path = join(dir, 'formula-error.xlsx');
    writeFileSync(path, corpusBytes('formula-error.xlsx'));
    const out: string[] = [];
    const err: string[] = [];

    const scenario = new URL('../../../scenarios/essay-vs-haggling.json', import.meta.url);
    const code = await runCli(['--scenario', scenario.pathname, '--data', path], {
      stdout: (text) => out.push(text),
      stderr: (text) => err.push(text),
    });

    expect(code).toBe(2);
    expect(out).toEqual([]);
    const lines = err.join('').trimEnd().split('\n');
    expectClearMessages(lines, path);
    expect(lines.join('\n')).toMatch(/sheet "Sales".*row 4.*sales.*#DIV\/0!/);
  }, 60_000);
});

/** `npm run data FILE --json` in its own process, stopped after `ms`. */
function dataCli(path: string, ms: number) {
  const tsx = new URL('../../../node_modules/.bin/tsx', import.meta.url).pathname;
  const cli = new URL('../../../src/cli/data.ts', import.meta.url).pathname;
  return new Promise<{ code: number | null; stderr: string; killed: boolean }>((done) => {
    const child = execFile(tsx, [cli, path, '--json'], { timeout: ms }, (_, __, stderr) =>
      done({ code: child.exitCode, stderr, killed: child.killed }),
    );
  });
}

describe('files that would stall the importer', () => {
  // These run the CLI in its own process, so that a file read for minutes (or for ever)
  // fails its test after a bound instead of stalling the suite.
  const CLI_MS = 30_000;

  it('a workbook that loops the xlsx parser is refused by `npm run data` in time', async () => {
    const path = join(dir, 'zip-bad-name-length.xlsx');
    writeFileSync(path, corpusBytes('zip-bad-name-length.xlsx'));

    const answer = await dataCli(path, CLI_MS);

    expect(answer.killed, 'the CLI was still reading after 30 s').toBe(false);
    expect(answer.code).toBe(2);
    expectClearMessages(answer.stderr.trimEnd().split('\n'), path);
  }, 60_000);

  it('a 200 MB history is refused by `npm run data` with its size and the limit', async () => {
    const path = join(dir, 'big-200mb.csv');
    const written = await writeBigCsv(path, 200 * 1024 ** 2);
    expect(written).toBeGreaterThanOrEqual(200 * 1024 ** 2);

    const answer = await dataCli(path, CLI_MS);
    rmSync(path, { force: true });

    expect(answer.killed, 'the CLI was still reading after 30 s').toBe(false);
    expect(answer.code).toBe(2);
    expectClearMessages(answer.stderr.trimEnd().split('\n'), path);
    // The file's size and the limit, both in megabytes.
    expect(answer.stderr).toMatch(/is 2\d\d MB, over the limit of 1\d\d MB/);
  }, 60_000);
});
