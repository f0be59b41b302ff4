import { detectColumns } from '../columns';
import { distinctHeaders } from '../distinctHeaders';
import { detectHeaderRow } from '../headerRow';
import { note, type ImportMessage } from '../importMessages';
import { flagReturns, joinColumn, sharedKey } from './joinSheets';
import type { Workbook } from './readWorkbook';
import { sheetTable, type Sheet, type Table } from './table';
import { PERIOD_HEADER, unpivot, wideLayout, type MadeColumn } from './unpivot';

export interface SheetChoice {
  /** Sheet to import; by default the first that reads as sales (see firstSalesSheet). */
  sheet?: string;
  /** 0-based row of the header in that sheet; detected below title rows by default. */
  headerRow?: number;
}

export type WorkbookOutcome =
  | {
      ok: true;
      table: Table;
      sheet: string;
      headerRow: number;
      notes: ImportMessage[];
      /** A wide sheet's month headers by the period each stands for (for messages). */
      periodHeaders?: Record<string, string>;
      /** The columns made by unpivoting and joining targets, by header (none for a long sheet). */
      made: Record<string, MadeColumn>;
    }
  | { ok: false; errors: ImportMessage[] };

const returnsName = /return|退货|退款|refund/i;

/**
 * The chosen sheet as one long table, with what the workbook's other sheets add: a wide sheet is
 * unpivoted and gets its targets from a wide sheet named like a target (Targets, 目标); a sheet
 * named like returns flags the rows it lists; a lookup sheet sharing a column brings a rep
 * (region → manager) when the chosen sheet has no clear rep column. Each step is noted.
 */
export function workbookTable(
  fileName: string,
  book: Workbook,
  choice: SheetChoice = {},
): WorkbookOutcome {
  const main = choice.sheet
    ? book.sheets.find((s) => s.name === choice.sheet)
    : firstSalesSheet(book);
  if (!main) {
    const sheets = book.sheets.map((s) => s.name);
    return {
      ok: false,
      errors: [note('noSheet', { file: fileName, sheet: choice.sheet ?? '', sheets })],
    };
  }

  const headerRow = choice.headerRow ?? detectHeaderRow(main.rows);
  const read = sheetTable(main, headerRow);
  let table: Table = { ...read, headers: distinctHeaders(read.headers) };
  const notes: ImportMessage[] = [];
  const others = book.sheets.filter((s) => s !== main);
  const tableOf = (sheet: Sheet) => sheetTable(sheet, detectHeaderRow(sheet.rows));

  const wide = wideLayout(table, book.date1904);
  if (wide) {
    const repHeader = table.headers[wide.rep];
    const periodHeaders = Object.fromEntries(
      wide.periods.map((p) => [p.date, table.headers[p.column]]),
    );
    const salesHeader = `Sales (${main.name})`;
    table = unpivot(table, wide, salesHeader);
    notes.push(note('wideSheet', { sheet: main.name }));
    const made: Record<string, MadeColumn> = {
      [PERIOD_HEADER]: { kind: 'period', sheet: null },
      [salesHeader]: { kind: 'sales', sheet: main.name },
    };
    const targets = others.find((s) => isTargetName(s.name) && wideLayout(tableOf(s)));
    if (targets) {
      const long = unpivot(tableOf(targets), wideLayout(tableOf(targets))!, 'value');
      const targetHeader = `Target (${targets.name})`;
      table = addTargets(table, long, repHeader, targetHeader);
      made[targetHeader] = { kind: 'target', sheet: targets.name };
      notes.push(note('targetSheet', { sheet: targets.name }));
    }
    return { ok: true, table, sheet: main.name, headerRow, notes, periodHeaders, made };
  }

  const returns = others.find((s) => returnsName.test(s.name));
  const returnsKey = returns && sharedKey(table, tableOf(returns));
  if (returns && returnsKey) {
    const header = `Returned (${returns.name})`;
    table = flagReturns(table, tableOf(returns), returnsKey, header);
    notes.push(
      note('returnsSheet', { column: table.headers[returnsKey.main], sheet: returns.name }),
    );
  }

  if (detectColumns(table.headers).confidence.rep < 1) {
    for (const sheet of others.filter((s) => s !== returns)) {
      const lookup = tableOf(sheet);
      const key = sharedKey(table, lookup);
      const rep = detectColumns(lookup.headers).mapping.rep;
      const bring = rep === null ? -1 : lookup.headers.indexOf(rep);
      if (!key || bring < 0 || bring === key.lookup) continue;
      if (!isLookup(table, lookup, key.lookup, bring)) continue;
      table = joinColumn(table, lookup, key, bring, lookup.headers[bring]);
      const [column, on] = [lookup.headers[bring], lookup.headers[key.lookup]];
      notes.push(note('joinedColumn', { column, sheet: sheet.name, key: on }));
      break;
    }
  }

  return { ok: true, table, sheet: main.name, headerRow, notes, made: {} };
}

/**
 * The first sheet that reads as sales, a long table with a rep, a date and sales or a wide one
 * with a column per month, else the first sheet: a workbook whose notes sheet leads opens on
 * its data, as an assignment file does.
 */
function firstSalesSheet(book: Workbook): Sheet | undefined {
  const reads = (sheet: Sheet) => {
    const table = sheetTable(sheet, detectHeaderRow(sheet.rows));
    return detectColumns(table.headers).overall > 0 || wideLayout(table, book.date1904) !== null;
  };
  return book.sheets.find(reads) ?? book.sheets[0];
}

/**
 * Whether `lookup` can stand as a table of reps by key: the chosen sheet does not already have
 * the column it would bring (another month's sheet of the same layout shares every header),
 * and no key gives two different reps (joining would then pick one of them silently).
 */
function isLookup(main: Table, lookup: Table, key: number, bring: number): boolean {
  const brought = lookup.headers[bring].trim().toLowerCase();
  if (main.headers.some((h) => h.trim().toLowerCase() === brought)) return false;

  const repOf = new Map<string, string>();
  for (const { cells } of lookup.rows) {
    const k = (cells[key] ?? '').trim();
    const rep = (cells[bring] ?? '').trim();
    if ((repOf.get(k) ?? rep) !== rep) return false;
    repOf.set(k, rep);
  }
  return true;
}

// Sheet names that hold targets; the same words as the target column's keywords in columns.ts.
const targetName = /target|quota|goal|plan|budget|目标|任务|指标|配额|计划/i;

function isTargetName(name: string): boolean {
  return targetName.test(name);
}

/** Long sales with the target of the same rep and period, both tables unpivoted. */
function addTargets(sales: Table, targets: Table, repHeader: string, header: string): Table {
  const key = (cells: string[], headers: string[]) => {
    const rep = headers.findIndex((h) => h.toLowerCase() === repHeader.toLowerCase());
    return `${cells[rep]}\u0000${cells[headers.indexOf(PERIOD_HEADER)]}`;
  };
  const values = new Map(
    targets.rows.map(({ cells }) => [key(cells, targets.headers), cells.at(-1) ?? '']),
  );
  return {
    headers: [...sales.headers, header],
    rows: sales.rows.map(({ row, cells }) => ({
      row,
      cells: [...cells, values.get(key(cells, sales.headers)) ?? ''],
    })),
  };
}
