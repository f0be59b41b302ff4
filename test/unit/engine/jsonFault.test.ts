import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonFault } from '../../../src/lib/engine/jsonFault';
import { mulberry32 } from '../../../src/lib/data/sample/random';

const parses = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('jsonFault', () => {
  it('jsonFault finds a fault exactly where JSON.parse refuses a damaged scenario', () => {
    const source = readFileSync('scenarios/essay-vs-haggling.json', 'utf8');
    const random = mulberry32(7);
    const pieces = [',', '}', ']', '"', "'", ':', '\\', 'x', '1', ' ', '\n', '\\u12'];
    let refused = 0;
    for (let k = 0; k < 3000; k++) {
      const at = Math.floor(random() * source.length);
      const cut = random() < 0.5 ? 1 : 0;
      const piece = random() < 0.3 ? '' : pieces[Math.floor(random() * pieces.length)];
      const text = source.slice(0, at) + piece + source.slice(at + cut);
      if (!parses(text)) refused++;
      const fault = jsonFault(text);
      expect(fault === null, text).toBe(parses(text));
    }
    expect(refused).toBeGreaterThan(500);
  });

  it('jsonFault points at a trailing comma, by line and column, for deletion', () => {
    const text = '{\n  "seed": 1,\n  "trials": [1, 2,]\n}';
    expect(jsonFault(text)).toEqual({
      kind: 'slip',
      slip: 'trailingComma',
      line: 3,
      column: text.split('\n')[2].lastIndexOf(',') + 1,
      char: ',',
    });
  });

  it('jsonFault tells a sales table or a workbook from a broken scenario', () => {
    expect(jsonFault('rep,date,sales\nAnn,2024-01,5')).toEqual({ kind: 'table' });
    expect(jsonFault('代表\t月份\t销售额\n甲\t2024-01\t5')).toEqual({ kind: 'table' });
    expect(jsonFault('PK\u0003\u0004[Content_Types].xml')).toEqual({ kind: 'table' });
    expect(jsonFault('{"name": 1,')).toMatchObject({ kind: 'slip', slip: 'end' });
  });
});
