import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import type { Sheet } from './table';

/**
 * A Parquet file as one sheet of text cells, header first. Read in JavaScript with hyparquet
 * because DuckDB-WASM's parquet extension would be fetched from an outside host (stack.md).
 */
export async function readParquet(bytes: Uint8Array, name: string): Promise<Sheet> {
  const file = bytes.slice().buffer;
  const columns = parquetMetadata(file)
    .schema.slice(1)
    .filter((element) => !element.num_children)
    .map((element) => element.name);
  const objects = await parquetReadObjects({ file, columns });

  const rows = objects.map((object) => columns.map((column) => cellText(object[column])));
  return { name, rows: [columns, ...rows] };
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
  }
  if (typeof value === 'object')
    return JSON.stringify(value, (_, v) => (typeof v === 'bigint' ? String(v) : v));
  return String(value);
}
