import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/data/db';
import { openNodeDb } from '../../../src/lib/data/nodeDb';
import { sqlString } from '../../../src/lib/data/sql/quote';
import { trimmedSql } from '../../../src/lib/data/sql/trimmedSql';

// Every character DuckDB's trim removes (Unicode category Zs), and others it keeps.
const SPACES = [
  0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008,
  0x2009, 0x200a, 0x202f, 0x205f, 0x3000,
].map((c) => String.fromCodePoint(c));
const KEPT = ['\t', '\n', '\r', '\u000b', '\u001f', '\u200b', '\ufeff', 'x', '张', '😀'];
const CORES = ['', 'R001', 'a b', '张三', 'José', 'x\u3000y', '😀', '1,234.50'];

/** Each core alone and with each space or kept character at either end or both. */
function values(): string[] {
  const out = new Set<string>();
  for (const core of CORES) {
    out.add(core);
    for (const edge of [...SPACES, ...KEPT, '  ', ' \u3000 ']) {
      out.add(edge + core);
      out.add(core + edge);
      out.add(edge + core + edge);
    }
  }
  return [...out];
}

describe('trimmedSql', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openNodeDb();
  });

  it('gives what nullif(trim(x), empty) gives, for every space trim removes and more', async () => {
    const texts = values();
    const list = [...texts.map((v) => `(${sqlString(v)})`), '(NULL)'].join(', ');
    await db.exec(`CREATE TABLE t AS SELECT * FROM (VALUES ${list}) v(v)`);
    const rows = await db.query<{ v: string | null; fast: string | null; slow: string | null }>(
      `SELECT v, ${trimmedSql('v')} AS fast, nullif(trim(v), '') AS slow FROM t`,
    );
    expect(rows).toHaveLength(texts.length + 1);
    const differ = rows.filter((r) => r.fast !== r.slow);
    expect(differ).toEqual([]);
    // The cases are not all alike: some are trimmed, some emptied, some kept as they are.
    expect(rows.some((r) => r.v !== null && r.slow !== null && r.slow !== r.v)).toBe(true);
    expect(rows.some((r) => r.v !== null && r.slow === null)).toBe(true);
    expect(rows.some((r) => r.v !== null && r.slow === r.v)).toBe(true);
  });
});
