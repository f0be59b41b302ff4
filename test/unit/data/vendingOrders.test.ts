import { existsSync, readFileSync } from 'node:fs';
import { noteText } from '$lib/data/dataNote';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openNodeDb } from '../../../src/lib/data/nodeDb';
import { loadCsvBytes } from '../../../src/lib/data/source';

const projectRoot = fileURLToPath(new URL('../../..', import.meta.url));
const file = path.resolve(projectRoot, '../shared/data', 'cn_vending_orders_2018-04_gbk.csv');
const present = existsSync(file);

if (!present) {
  process.stderr.write(`SKIPPED vending orders test: ${file} is absent (a clone elsewhere)\n`);
}

describe.skipIf(!present)('loadCsvBytes on the GBK vending export', () => {
  it('loadCsvBytes keeps each machine’s total and leaves out 37 failed deliveries', async () => {
    const bytes = readFileSync(file);

    // An independent count: decode with the platform's GB18030, split on commas (no quotes here).
    const text = new TextDecoder('gb18030').decode(bytes);
    expect(text.includes('"')).toBe(false);
    const [header, ...lines] = text
      .trim()
      .split(/\r?\n/)
      .map((l) => l.split(','));
    const col = (name: string) => header.indexOf(name);
    const [machine, amount, status, refund] = [
      col('设备编号'),
      col('总金额（元）'),
      col('出货状态'),
      col('退款金额（元）'),
    ];
    const sold = lines.filter((l) => l[status] !== '出货失败');
    const totals = new Map<string, number>();
    for (const l of sold) {
      const net = Number(l[amount]) - Number(l[refund]);
      totals.set(l[machine], (totals.get(l[machine]) ?? 0) + net);
    }

    expect(lines).toHaveLength(2077);
    expect(new Set(lines.map((l) => l[machine])).size).toBe(81);
    expect(lines.length - sold.length).toBe(37);

    const outcome = await loadCsvBytes(await openNodeDb(), path.basename(file), bytes);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const { report, histories } = outcome.result;

    expect(report.rows).toBe(sold.length);
    expect(report.grain).toBe('day');
    expect(noteText(report.warnings[0])).toBe('37 rows were left out for their status.');

    // Machines with only failed orders are named, not dropped in silence.
    const failedOnly = [...new Set(lines.map((l) => l[machine]))].filter(
      (id) => !sold.some((l) => l[machine] === id),
    );
    expect(failedOnly).toHaveLength(81 - 78);
    const named = report.warnings
      .map(noteText)
      .find((w) => w.includes('have no rows that count as sales'));
    expect(named).toContain(`${failedOnly.length} reps have no rows`);
    for (const id of failedOnly) expect(named).toContain(`"${id}"`);

    // Machines whose only orders failed have no sales to fit; all others are reps.
    const selling = [...totals].filter(([, total]) => total > 0);
    expect(histories.map((h) => h.id).sort()).toEqual(selling.map(([id]) => id).sort());
    for (const [id, total] of selling) {
      const history = histories.find((h) => h.id === id)!;
      const sum = history.points.reduce((a, p) => a + p.sales, 0);
      expect(Math.abs(sum - total)).toBeLessThan(1e-9 * total + 1e-9);
    }
  });
});
