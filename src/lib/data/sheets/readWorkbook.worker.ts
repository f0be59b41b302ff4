// A dedicated worker that parses one workbook per message, so that a parser that never returns
// (SheetJS on some damaged zips) freezes this worker, not the page; parseWorkbook.ts stops it.
import type { BookMessage } from './bookMessage';
import { readWorkbook } from './readWorkbook';

self.onmessage = (event: MessageEvent<Uint8Array>) => {
  let answer: BookMessage;
  try {
    answer = { ok: true, book: readWorkbook(event.data) };
  } catch (error) {
    answer = { ok: false, reason: firstLine(error) };
  }
  self.postMessage(answer);
};

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}
