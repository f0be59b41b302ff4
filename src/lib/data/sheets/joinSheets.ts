import type { Table } from './table';

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The first header of `lookup` that `main` also has (case aside), as indexes in both. */
export function sharedKey(main: Table, lookup: Table): { main: number; lookup: number } | null {
  for (const [j, header] of lookup.headers.entries()) {
    const i = main.headers.findIndex((h) => h !== '' && same(h, header));
    if (i >= 0) return { main: i, lookup: j };
  }
  return null;
}

/**
 * `main` with column `bring` of `lookup` added, matched on the shared key (first match wins),
 * e.g. each order's region to the region's manager. Unmatched rows get an empty cell.
 */
export function joinColumn(
  main: Table,
  lookup: Table,
  key: { main: number; lookup: number },
  bring: number,
  header: string,
): Table {
  const values = new Map<string, string>();
  for (const { cells } of lookup.rows) {
    const k = (cells[key.lookup] ?? '').trim();
    if (!values.has(k)) values.set(k, cells[bring] ?? '');
  }

  return {
    headers: [...main.headers, header],
    rows: main.rows.map(({ row, cells }) => ({
      row,
      cells: [...pad(cells, main.headers.length), values.get((cells[key.main] ?? '').trim()) ?? ''],
    })),
  };
}

/** Status text of a row whose key is on a returns sheet; statuses.ts leaves it out of sales. */
export const RETURNED = 'returned';

/** `main` with a column saying "returned" where the row's key is listed on `returns`. */
export function flagReturns(
  main: Table,
  returns: Table,
  key: { main: number; lookup: number },
  header: string,
): Table {
  const listed = new Set(returns.rows.map(({ cells }) => (cells[key.lookup] ?? '').trim()));
  return {
    headers: [...main.headers, header],
    rows: main.rows.map(({ row, cells }) => ({
      row,
      cells: [
        ...pad(cells, main.headers.length),
        listed.has((cells[key.main] ?? '').trim()) ? RETURNED : '',
      ],
    })),
  };
}

function pad(cells: string[], length: number): string[] {
  return Array.from({ length }, (_, i) => cells[i] ?? '');
}
