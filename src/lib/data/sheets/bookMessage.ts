import type { Workbook } from './readWorkbook';

/** What a workbook thread answers: the cells, or the parser's own error in one line. */
export type BookMessage = { ok: true; book: Workbook } | { ok: false; reason: string };
