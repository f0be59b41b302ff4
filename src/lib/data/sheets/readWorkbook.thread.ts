// The Node twin of readWorkbook.worker.ts: a worker thread (started through
// src/cli/tsxThread.mjs, which registers tsx) that parses one workbook per message.
import { parentPort } from 'node:worker_threads';
import type { BookMessage } from './bookMessage';
import { readWorkbook } from './readWorkbook';

if (parentPort === null) throw new Error('readWorkbook.thread.ts must run as a worker thread');
const port = parentPort;

port.on('message', (bytes: Uint8Array) => {
  let answer: BookMessage;
  try {
    answer = { ok: true, book: readWorkbook(bytes) };
  } catch (error) {
    answer = { ok: false, reason: firstLine(error) };
  }
  port.postMessage(answer);
});
port.postMessage({ ready: true });

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}
