import { describe, expect, it } from 'vitest';
import { COLUMN_PAD, SWATCH_ROOM, tableLayout } from '../../../src/lib/charts/export/tableLayout';

// Headings are bold: one and a half units a character against one for the figures, as the
// PNG's 600 12px heading font is wider than its 13px figures for the same Latin text; headings
// wrap past 24 units, as the PNG's do past HEADING_MAX pixels.
const heading = (text: string) => 1.5 * Array.from(text).length;
const cell = (text: string) => Array.from(text).length;

const nine = [
  'Self-set target · self-set',
  'Haggled quota · haggled-quota',
  'Bonus grid',
  '自定目标 · 自定目标的一个很长的名字',
  'Pharmaceutical letter',
  'Condiment letter',
  'Commission plan',
  'Menu',
  'Haggled quota 2',
];
const table = {
  header: ['Metric', ...nine],
  colours: [null, ...nine.map(() => '#0072b2')],
  rows: [
    ['Cost as a share of sales', ...nine.map(() => '4.6% ± 0.1%')],
    ['  Δ from Haggled quota', ...nine.map(() => '-0.3 pp ± 0 pp')],
  ],
};

/** With nine schemes a long heading once ran into the next column's swatch in the PNG. */
describe('tableLayout', () => {
  it('keeps every heading line and its swatch inside its own column', () => {
    const { columns, header } = tableLayout(table, heading, cell, 24);
    header.forEach((lines, c) => {
      const room = table.colours[c] ? SWATCH_ROOM : 0;
      for (const line of lines) {
        expect(heading(line) + room, `${c}: ${line}`).toBeLessThanOrEqual(columns[c] - COLUMN_PAD);
      }
    });
  });

  it('wraps a long heading rather than widening its column past the longest', () => {
    const { header } = tableLayout(table, heading, cell, 24);
    const long = header[1 + nine.indexOf('Self-set target · self-set')];
    expect(long.length).toBeGreaterThan(1);
    expect(long.join(' ')).toBe('Self-set target · self-set');
    const chinese = header[1 + nine.indexOf('自定目标 · 自定目标的一个很长的名字')];
    expect(chinese.join('').replace(/\s/g, '')).toBe('自定目标·自定目标的一个很长的名字');
  });

  it('leaves every figure whole in its column', () => {
    const { columns } = tableLayout(table, heading, cell, 24);
    for (const row of table.rows) {
      row.forEach((text, c) => expect(cell(text)).toBeLessThanOrEqual(columns[c] - COLUMN_PAD));
    }
  });
});
