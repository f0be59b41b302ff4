// A worker thread that imports files as the app does, one request at a time, so that a test
// can stop it when an import never returns (isolatedImporter.ts). Started through
// src/cli/tsxThread.mjs, which registers tsx first.
import { say } from '../../../src/lib/data/importMessages';
import { parentPort } from 'node:worker_threads';
import { importFile } from '../../../src/lib/data/importFile';
import { openNodeDb } from '../../../src/lib/data/nodeDb';
import { previewFile } from '../../../src/lib/data/previewFile';
import type { ImportAnswer, ImportRequest } from './isolatedImporter';

if (parentPort === null) throw new Error('importerThread.ts must run as a worker thread');
const port = parentPort;
const db = await openNodeDb();
const tableSql = 'SELECT count(*) AS n, sum(sales) AS total, min(rep) AS first FROM sales';

port.on('message', async ({ id, name, bytes, before }: ImportRequest) => {
  try {
    if (before) {
      const loaded = await importFile(db, before.name, before.bytes.slice());
      if (!loaded.ok) throw new Error(`the history before could not load: ${loaded.errors[0]}`);
    }
    const tableBefore = JSON.stringify(await db.query(tableSql));
    const started = performance.now();
    const preview = await previewFile(bytes.slice(), name);
    const outcome = await importFile(db, name, bytes.slice());
    const ms = performance.now() - started;
    const tableAfter = JSON.stringify(await db.query(tableSql));

    const answer: ImportAnswer = {
      id,
      ms,
      previewErrors: preview.ok ? [] : preview.errors.map(say),
      ok: outcome.ok,
      messages: (outcome.ok ? outcome.summary.warnings : outcome.errors).map(say),
      rows: outcome.ok ? outcome.summary.rows : 0,
      tableKept: tableBefore === tableAfter,
    };
    port.postMessage(answer);
  } catch (error) {
    port.postMessage({ id, thrown: error instanceof Error ? error.stack : String(error) });
  }
});
port.postMessage({ ready: true });
