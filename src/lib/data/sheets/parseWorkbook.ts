import type { Worker as NodeWorker } from 'node:worker_threads';
import { WORKBOOK_PARSE_MS } from '../constants';
import type { BookMessage } from './bookMessage';
import { readWorkbook, type Workbook } from './readWorkbook';

/**
 * A parsed workbook, the parser's error, the seconds after which it was stopped, or word that the
 * reader itself could not be loaded (the page lost its server), which says nothing of the file.
 */
export type ParsedBook =
  | { ok: true; book: Workbook }
  | { ok: false; reason: string }
  | {
      ok: false;
      stoppedAfter: number;
    }
  | { ok: false; readerMissing: true };

/** How long a workbook of this size may take to parse (see WORKBOOK_PARSE_MS). */
export function parseLimitMs(bytes: number): number {
  return WORKBOOK_PARSE_MS.base + Math.ceil((WORKBOOK_PARSE_MS.perMegabyte * bytes) / 1e6);
}

/**
 * Parses a workbook off the calling thread and stops the parser after parseLimitMs: in the
 * browser a module Worker (the page never freezes), in Node a worker thread (the CLI and the
 * tests never hang). Where neither exists it parses in place, unbounded.
 */
export function parseWorkbook(bytes: Uint8Array): Promise<ParsedBook> {
  const ms = parseLimitMs(bytes.length);
  if (inNode()) return inThread(bytes, ms);
  if (typeof Worker === 'function') return inWorker(bytes, ms);
  try {
    return Promise.resolve({ ok: true, book: readWorkbook(bytes) });
  } catch (error) {
    return Promise.resolve({ ok: false, reason: String(error) });
  }
}

// One reader is kept between parses, started ahead of the first workbook (readyWorkbookReader,
// once the page's first run ends) and again as soon as one is stopped. Each starts from the
// reader's script as the page fetched it then (readerScript.ts), so that a reader stopped after
// the connection to the app's server is lost (a damaged workbook, offline) is still replaced.
// Known gap: a page that loses the connection before its first run ends never fetched the
// script, and says the reader could not be loaded until a reload once the connection is back.
let spare: Worker | null = null;
let starting: Promise<void> | null = null;

/** The name every reader starts with, which tells it from the page's other workers. */
export const READER_NAME = 'workbook-reader';

/** A new reader, or null when its script could not be fetched from the app's server. */
async function newReader(): Promise<Worker | null> {
  try {
    const { readerScript } = await import('./readerScript');
    return new Worker(await readerScript(), { type: 'module', name: READER_NAME });
  } catch {
    return null;
  }
}

/** Keeps `worker` for the next workbook; a spare that fails to start is dropped. */
function keepAsSpare(worker: Worker): void {
  spare = worker;
  worker.onmessage = null;
  worker.onerror = () => {
    if (spare === worker) spare = null;
  };
}

/** Starts the browser's workbook reader now, while the app's server is surely reachable. */
export function readyWorkbookReader(): void {
  if (typeof Worker !== 'function' || inNode() || spare || starting) return;
  starting = newReader().then((worker) => {
    starting = null;
    if (worker && spare === null) keepAsSpare(worker);
    else worker?.terminate();
  });
}

/** The spare reader (once a start under way has ended), or a new one. */
async function takeReader(): Promise<Worker | null> {
  if (starting) await starting;
  const worker = spare;
  spare = null;
  return worker ?? newReader();
}

// process.getBuiltinModule (Node ≥ 20.16) reaches worker_threads without an import that the
// browser build would have to resolve.
function inNode(): boolean {
  return typeof process !== 'undefined' && typeof process.getBuiltinModule === 'function';
}

async function inWorker(bytes: Uint8Array, ms: number): Promise<ParsedBook> {
  const worker = await takeReader();
  if (worker === null) return { ok: false, readerMissing: true };

  return new Promise((resolve) => {
    const end = (answer: ParsedBook, keep: boolean) => {
      clearTimeout(timer);
      if (keep && spare === null) keepAsSpare(worker);
      else worker.terminate();
      // A reader stopped or crashed is replaced now, from the kept script: no server needed.
      if (!keep) readyWorkbookReader();
      resolve(answer);
    };
    const timer = setTimeout(() => end({ ok: false, stoppedAfter: ms / 1000 }, false), ms);
    worker.onmessage = (event: MessageEvent<BookMessage>) => end(event.data, true);
    // An error thrown while parsing comes back as a message; an error event is either a crash
    // of the worker (an ErrorEvent with its message) or a script that never loaded (a bare Event).
    worker.onerror = (event) => {
      event.preventDefault();
      end(
        event.message ? { ok: false, reason: event.message } : { ok: false, readerMissing: true },
        false,
      );
    };
    worker.postMessage(bytes);
  });
}

// One thread is kept between parses (tsx takes a moment to start) and unref'd while idle, so
// that it never keeps the CLI alive; a stopped or failed thread is replaced by a new one.
let idle: NodeWorker | null = null;

// Built from a variable, not a literal, so that the browser build does not pick the files up.
const threadFiles = { boot: '../../../cli/tsxThread.mjs', entry: './readWorkbook.thread.ts' };

function startThread(): NodeWorker {
  const { Worker } = process.getBuiltinModule('node:worker_threads');
  const worker = new Worker(new URL(threadFiles.boot, import.meta.url), {
    workerData: { entry: new URL(threadFiles.entry, import.meta.url).href },
  });
  // An idle thread that dies is forgotten; a busy one reports through inThread's listeners.
  const forget = () => {
    if (idle === worker) idle = null;
  };
  worker.on('error', forget);
  worker.on('exit', forget);
  return worker;
}

function inThread(bytes: Uint8Array, ms: number): Promise<ParsedBook> {
  const worker = idle ?? startThread();
  idle = null;
  worker.ref();

  return new Promise((resolve) => {
    const end = (answer: ParsedBook, keep: boolean) => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      if (keep && idle === null) {
        worker.unref();
        idle = worker;
      } else void worker.terminate();
      resolve(answer);
    };
    const onMessage = (answer: BookMessage | { ready: true }) => {
      if ('ok' in answer) end(answer, true);
    };
    const onError = (error: Error) => end({ ok: false, reason: error.message }, false);
    const timer = setTimeout(() => end({ ok: false, stoppedAfter: ms / 1000 }, false), ms);
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.postMessage(bytes);
  });
}
