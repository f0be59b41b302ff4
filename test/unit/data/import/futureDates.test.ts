import { noteText } from '$lib/data/dataNote';
import { beforeAll, describe, expect, it } from 'vitest';
import { importText } from '$lib/components/import/importText';
import { say, type ImportMessage } from '$lib/data/importMessages';
import type { Db } from '../../../../src/lib/data/db';
import { detectedUnit } from '../../../../src/lib/data/grain';
import { importFile } from '../../../../src/lib/data/importFile';
import { openNodeDb } from '../../../../src/lib/data/nodeDb';
import { setLocale } from '$lib/i18n/i18n.svelte';

let db: Db;

beforeAll(async () => {
  db = await openNodeDb();
}, 60_000);

const TODAY = '2026-12-05';

/** Each rep's months of 2024, and the same months typed as `typo`, the rows shuffled. */
function typedYears(typo: number): { csv: string; lines: string[] } {
  const lines: string[] = [];
  for (const rep of ['Ann', 'Bo', 'Cy']) {
    for (let m = 1; m <= 12; m++) {
      const month = String(m).padStart(2, '0');
      lines.push(`${rep},2024-${month}-01,${1000 + m}`, `${rep},${typo}-${month}-01,${2000 + m}`);
    }
  }
  // A fixed shuffle: every seventh line first, so the first future row is not the second row.
  const shuffled = [...lines.filter((_, i) => i % 7 === 3), ...lines.filter((_, i) => i % 7 !== 3)];
  return { csv: `rep,date,sales\n${shuffled.join('\n')}\n`, lines: shuffled };
}

const future = (warnings: readonly ImportMessage[]) =>
  warnings.filter((w) => /after this month/.test(say(w)));
const notes = (warnings: readonly ImportMessage[]) => future(warnings).map(say);

describe('sales dated after the current month', () => {
  it('are named in a note with their count, the first row and the latest date, and kept', async () => {
    const { csv, lines } = typedYears(2030);
    const future = lines.filter((line) => line.split(',')[1] >= '2027-01-01');
    const first = lines.findIndex((line) => line.split(',')[1] >= '2027-01-01');
    const latest = future
      .map((line) => line.split(',')[1])
      .sort()
      .at(-1);

    const outcome = await importFile(db, 'f.csv', new TextEncoder().encode(csv), { today: TODAY });

    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.summary.rows).toBe(lines.length);
    expect(notes(outcome.summary.warnings)).toEqual([
      `f.csv: ${future.length} rows are dated after this month (today is ${TODAY} by this ` +
        `computer's clock), up to ${latest}; the first is row ${first + 2}, column "date": ` +
        `${lines[first].split(',')[1]}. A sales history holds past sales: they are kept; check ` +
        'their years in the file',
    ]);
  });

  it('leave the current month and earlier without a note, a month end included', async () => {
    const csv = 'rep,date,sales\nA,2026-10-31,5\nA,2026-11-30,6\nA,2026-12-31,7\nB,2026-12-31,8\n';

    const outcome = await importFile(db, 'now.csv', new TextEncoder().encode(csv), {
      today: TODAY,
    });

    expect(outcome.ok && notes(outcome.summary.warnings)).toEqual([]);
  });

  it('leave a quota history of quarters alone up to the end of the quarter under way', async () => {
    // Quotas stamped on each quarter's last day, the quarter of today (2027-02-10) included.
    const quarters = ['2026-03-31', '2026-06-30', '2026-09-30', '2026-12-31', '2027-03-31'];
    const rows = quarters.flatMap((date, i) =>
      ['A', 'B'].map((rep) => `${rep},${date},${100 + i}`),
    );
    const csv = `rep,date,quota\n${rows.join('\n')}\n`;
    const options = { today: '2027-02-10', mapping: { sales: 'quota' } };

    const outcome = await importFile(db, 'q.csv', new TextEncoder().encode(csv), options);

    if (!outcome.ok) throw new Error(outcome.errors.map(noteText).join('\n'));
    await expect(detectedUnit(db)).resolves.toBe('quarter');
    expect(notes(outcome.summary.warnings)).toEqual([]);

    // The next quarter's quotas are ahead of it, and noted.
    const next = ['A', 'B'].map((rep) => `${rep},2027-06-30,200`);
    const ahead = `${csv}${next.join('\n')}\n`;
    const later = await importFile(db, 'q.csv', new TextEncoder().encode(ahead), options);
    if (!later.ok) throw new Error(later.errors.map(noteText).join('\n'));
    const [note] = notes(later.summary.warnings);
    expect(note).toMatch(
      /^q\.csv: 2 rows are dated after this month .* up to 2027-06-30; the first /,
    );
    expect(note).toContain(`the first is row ${rows.length + 2}, column "date": 2027-06-30.`);
  });

  it('are worded in Chinese, one row in the singular in English', async () => {
    const csv = 'rep,date,sales\nA,2024-01-01,5\nA,2027-01-01,6\n';
    const outcome = await importFile(db, 'one.csv', new TextEncoder().encode(csv), {
      today: TODAY,
    });
    if (!outcome.ok) throw new Error(outcome.errors.map(noteText).join('\n'));
    const [note] = future(outcome.summary.warnings);
    expect(say(note)).toMatch(/^one\.csv: 1 row is dated after this month/);

    setLocale('zh-CN');
    try {
      const text = importText(note);
      expect(text).toMatch(/^one\.csv：有 1 行的日期晚于本月/);
      expect(text).toContain('2026-12-05');
      expect(text).toContain('第 3 行');
    } finally {
      setLocale('en');
    }
  });
});
