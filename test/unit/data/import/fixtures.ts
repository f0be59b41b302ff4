import { readFileSync } from 'node:fs';
import type { Db } from '../../../../src/lib/data/db';
import { importFile, type ImportOptions } from '../../../../src/lib/data/importFile';

export const fixtureDir = new URL('../../../fixtures/import/', import.meta.url);

/** A fixture's bytes. */
export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(name, fixtureDir)));
}

/** Imports a fixture by name as the app would. */
export function importFixture(db: Db, name: string, options: ImportOptions = {}) {
  return importFile(db, name, fixtureBytes(name), options);
}

/** A fixture's last column as written: the right value, after any quoted commas. */
export function expectedColumn(name: string): string[] {
  const [, ...lines] = new TextDecoder().decode(fixtureBytes(name)).trim().split(/\r?\n/);
  return lines.map((line) => line.slice(line.lastIndexOf(',') + 1));
}

export interface SalesRow {
  rep: string;
  day: string;
  sales: number;
  target: number | null;
}

/** The imported table, in source order of rep, date and amount. */
export function readSales(db: Db): Promise<SalesRow[]> {
  return db.query<SalesRow>(
    "SELECT rep, strftime(period, '%Y-%m-%d') AS day, sales, target FROM sales",
  );
}
