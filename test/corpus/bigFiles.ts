import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/**
 * A history whose rep, month and sales columns are followed by `columns − 3` filler ones
 * (10,000 in the corpus), with a few rows, so that only its width is unusual.
 */
export function wideCsv(columns: number): Uint8Array {
  const filler = Array.from({ length: columns - 3 }, (_, i) => `extra${i + 1}`);
  const lines = [['rep', 'month', 'sales', ...filler].join(',')];
  for (let m = 1; m <= 6; m += 1) {
    lines.push(['Ann Lee', `2024-0${m}`, 1000 + m, ...filler.map(() => '0')].join(','));
  }
  return new TextEncoder().encode(`${lines.join('\n')}\n`);
}

/**
 * Writes a valid history of at least `bytes` bytes to `path` (200 MB in the corpus): 500 reps
 * over months from 2000, repeated rows of about 40 bytes, written in chunks so that the
 * generator itself never holds the file.
 */
export async function writeBigCsv(path: string, bytes: number): Promise<number> {
  const out = createWriteStream(path);
  let written = 0;
  let row = 0;
  const header = 'rep,month,sales,target\n';
  out.write(header);
  written += header.length;

  while (written < bytes) {
    const lines: string[] = [];
    for (let k = 0; k < 50_000; k += 1, row += 1) {
      const rep = `Rep ${String(row % 500).padStart(3, '0')}`;
      const month = Math.floor(row / 500) % 300;
      const year = 2000 + Math.floor(month / 12);
      const period = `${year}-${String((month % 12) + 1).padStart(2, '0')}`;
      lines.push(`${rep},${period},${10_000 + (row % 977)},${10_000}`);
    }
    const chunk = `${lines.join('\n')}\n`;
    written += chunk.length;
    if (!out.write(chunk)) await once(out, 'drain');
  }

  out.end();
  await once(out, 'finish');
  return written;
}
