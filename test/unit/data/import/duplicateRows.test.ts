import { noteText } from '$lib/data/dataNote';
import { beforeAll, describe, expect, it } from 'vitest';
import { importText } from '$lib/components/import/importText';
import { say, type ImportMessage } from '$lib/data/importMessages';
import type { Db } from '../../../../src/lib/data/db';
import { importFile } from '../../../../src/lib/data/importFile';
import { openNodeDb } from '../../../../src/lib/data/nodeDb';
import { setLocale } from '$lib/i18n/i18n.svelte';

let db: Db;

beforeAll(async () => {
  db = await openNodeDb();
}, 60_000);

/** A CSV of `reps` × 12 months, every line written `copies` times, the copies in blocks. */
function doubled(reps: number, copies: number): { csv: string; lines: string[] } {
  const lines: string[] = [];
  for (let r = 0; r < reps; r++) {
    for (let m = 1; m <= 12; m++)
      lines.push(`R${r},2024-${String(m).padStart(2, '0')}-01,${r + m}`);
  }
  const blocks = Array.from({ length: copies }, () => lines).flat();
  return { csv: `rep,date,sales\n${blocks.join('\n')}\n`, lines };
}

/** Row numbers (the header is row 1) of each group of equal lines, by its first row. */
function groupsOf(csvLines: string[]): number[][] {
  const at = new Map<string, number[]>();
  csvLines.forEach((line, i) => at.set(line, [...(at.get(line) ?? []), i + 2]));
  return [...at.values()].filter((rows) => rows.length > 1);
}

const duplicates = (warnings: readonly ImportMessage[]) =>
  warnings.filter((w) => /duplicate/.test(say(w)));
const notes = (warnings: readonly ImportMessage[]) => duplicates(warnings).map(say);

describe('exact duplicate rows', () => {
  it('are counted whole in one note, with the first groups listed', async () => {
    const { csv } = doubled(3, 2);
    const groups = groupsOf(csv.trim().split('\n').slice(1));
    expect(groups).toHaveLength(36);

    const outcome = await importFile(db, 'dups.csv', new TextEncoder().encode(csv));

    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const found = notes(outcome.summary.warnings);
    expect(found).toHaveLength(1);
    const copies = groups.reduce((n, rows) => n + rows.length, 0);
    const listed = groups.slice(0, 20).map((rows) => rows.join(', '));
    expect(found[0]).toBe(
      `dups.csv: ${groups.length} groups of rows are exact duplicates, ${copies} rows in all; ` +
        'all are kept, each counted as a row of its own. ' +
        `The first 20 groups: rows ${listed.join('; ')}.`,
    );
  });

  it('lists every group when there are few, and cuts a long group', async () => {
    const csv =
      'rep,date,sales\nA,2024-01-01,5\nA,2024-01-01,5\nB,2024-01-01,6\n' +
      'C,2024-01-01,7\n'.repeat(8) +
      'B,2024-01-01,6\n';

    const outcome = await importFile(db, 'few.csv', new TextEncoder().encode(csv));

    expect(outcome.ok && notes(outcome.summary.warnings)).toEqual([
      'few.csv: 3 groups of rows are exact duplicates, 12 rows in all; all are kept, each ' +
        'counted as a row of its own. Rows 2, 3; 4, 13; 5, 6, 7, 8, 9, ….',
    ]);
  });

  it('keeps the note of a single group as it was', async () => {
    const csv = 'rep,date,sales\nA,2024-01-01,5\nB,2024-01-01,6\nA,2024-01-01,5\n';

    const outcome = await importFile(db, 'one.csv', new TextEncoder().encode(csv));

    expect(outcome.ok && notes(outcome.summary.warnings)).toEqual([
      'one.csv: rows 2, 4 are exact duplicates; all are kept.',
    ]);
  });

  it('is worded in Chinese with its counts and groups', async () => {
    const { csv } = doubled(3, 2);
    const outcome = await importFile(db, 'dups.csv', new TextEncoder().encode(csv));
    if (!outcome.ok) throw new Error(outcome.errors.map(noteText).join('\n'));

    setLocale('zh-CN');
    try {
      const text = importText(duplicates(outcome.summary.warnings)[0]);
      expect(text).toMatch(/^dups\.csv：有 36 组行完全相同，共 72 行/);
      expect(text).toContain('前 20 组的行号：2、38；3、39；');
      expect(text.replace('dups.csv', '')).not.toMatch(/[A-Za-z]{3,}/);
    } finally {
      setLocale('en');
    }
  });
});
