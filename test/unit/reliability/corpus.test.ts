import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/data/db';
import { importFile, type ImportOutcome } from '../../../src/lib/data/importFile';
import { openNodeDb } from '../../../src/lib/data/nodeDb';
import { previewFile } from '../../../src/lib/data/previewFile';
import { runData } from '../../../src/cli/runData';
import { writeBigCsv } from '../../corpus/bigFiles';
import { corpus, corpusBytes, type CorpusEntry } from '../../corpus/corpus';
import { goodRows } from '../../corpus/smallFiles';
import { expectClearMessages } from './clearMessages';

/** How long one corpus file may take to be answered, preview and import together. */
const ANSWER_MS = 5_000;

const goodCsv = new TextEncoder().encode(
  goodRows()
    .map((row) => row.join(','))
    .join('\n'),
);
const tableSql = 'SELECT count(*) AS n, sum(sales) AS total, min(rep) AS first FROM sales';

let db: Db;
let dir: string;

beforeAll(async () => {
  db = await openNodeDb();
  dir = mkdtempSync(join(tmpdir(), 'il-corpus-'));
});

/** Loads the good history, as a user would have before trying a bad file; returns its shape. */
async function loadGood(): Promise<unknown> {
  const loaded = await importFile(db, 'good.csv', goodCsv.slice());
  expect(loaded.ok).toBe(true);
  return db.query(tableSql);
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function messagesOf(outcome: ImportOutcome): string[] {
  return outcome.ok ? outcome.summary.warnings : outcome.errors;
}

describe.each(corpus)('the corpus file $name ($why)', (entry: CorpusEntry) => {
  it('is answered in words naming the file, within 5 s, and the loaded data stays', async () => {
    const before = await loadGood();
    const bytes = corpusBytes(entry.name);
    const started = performance.now();

    const preview = await previewFile(bytes.slice(), entry.name);
    if (!preview.ok) expectClearMessages(preview.errors, entry.name);
    const outcome = await importFile(db, entry.name, bytes.slice());
    const took = performance.now() - started;

    if (entry.outcome === 'refused') expect(outcome.ok, 'the import must fail').toBe(false);
    const messages = messagesOf(outcome);
    expectClearMessages(messages, entry.name);
    // The file's own name may not stand in for the words (empty.csv is not "empty").
    const said = messages.map((message) => message.replaceAll(entry.name, '<file>')).join('\n');
    for (const pattern of entry.mentions) expect(said).toMatch(pattern);
    if (!outcome.ok) expect(await db.query(tableSql)).toEqual(before);
    expect(took).toBeLessThan(ANSWER_MS);
  }, 60_000);

  it('makes `npm run data` exit with code 2 and one clear line per problem', async () => {
    if (entry.outcome !== 'refused') return;
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
  }, 60_000);
});

describe('a 200 MB history', () => {
  // The CLI runs in its own process so that a file that is read in full (minutes, gigabytes)
  // fails this test after BIG_FILE_MS instead of stalling the suite.
  const BIG_FILE_MS = 15_000;

  it('is answered by `npm run data` in words within 15 s, with the size in the message', async () => {
    const path = join(dir, 'big-200mb.csv');
    const written = await writeBigCsv(path, 200 * 1024 ** 2);
    expect(written).toBeGreaterThanOrEqual(200 * 1024 ** 2);

    const tsx = new URL('../../../node_modules/.bin/tsx', import.meta.url).pathname;
    const cli = new URL('../../../src/cli/data.ts', import.meta.url).pathname;
    const answer = await new Promise<{ code: number | null; stderr: string; killed: boolean }>(
      (done) => {
        const child = execFile(tsx, [cli, path, '--json'], { timeout: BIG_FILE_MS }, (_, __, err) =>
          done({ code: child.exitCode, stderr: err, killed: child.killed }),
        );
      },
    );
    rmSync(path, { force: true });

    expect(answer.killed, 'the CLI was still reading after 15 s').toBe(false);
    if (answer.code !== 0) {
      expectClearMessages(answer.stderr.trimEnd().split('\n'), path);
      expect(answer.stderr).toMatch(/\d+(\.\d+)? ?MB/);
    }
  }, 60_000);
});
