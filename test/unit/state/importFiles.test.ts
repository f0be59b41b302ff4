import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { givenKind, pickImportFile } from '../../../src/lib/state/importFiles';

const saved = readFileSync('scenarios/pharma-2014.json', 'utf8');
const file = (name: string, text: string) => new File([new TextEncoder().encode(text)], name);
const table = (name: string) => file(name, 'rep,month,sales\nAnn,2024-01,10\n');

describe('files given to the import together', () => {
  it('givenKind reads a scenario, other JSON and a table', async () => {
    expect(await givenKind(file('scenario.json', saved))).toBe('scenario');
    expect(await givenKind(file('x.json', '{"a": 1}'))).toBe('json');
    expect(await givenKind(table('sales.csv'))).toBe('table');
  });

  it('pickImportFile imports the first table, not a scenario dropped before it', async () => {
    const picked = await pickImportFile([
      file('scenario.json', saved),
      table('sales.csv'),
      table('march.csv'),
      file('x.json', '[1]'),
    ]);
    expect(picked?.file.name).toBe('sales.csv');
    expect(picked?.leftOut).toEqual([
      { name: 'scenario.json', kind: 'scenario' },
      { name: 'march.csv', kind: 'table' },
      { name: 'x.json', kind: 'json' },
    ]);
  });

  it('pickImportFile takes the first of two scenarios, and one file as it is', async () => {
    const two = await pickImportFile([file('a.json', saved), file('b.json', saved)]);
    expect(two?.file.name).toBe('a.json');
    expect(two?.leftOut).toEqual([{ name: 'b.json', kind: 'scenario' }]);
    const one = await pickImportFile([file('a.json', saved)]);
    expect(one).toMatchObject({ leftOut: [] });
    expect(await pickImportFile([])).toBeNull();
  });

  it('pickImportFile offers a scenario dropped with other JSON, whichever comes first', async () => {
    const notes = file('notes.json', '{"a": 1}');
    for (const files of [
      [notes, file('scenario.json', saved)],
      [file('scenario.json', saved), notes],
    ]) {
      const picked = await pickImportFile(files);
      expect(picked?.file.name).toBe('scenario.json');
      expect(picked?.leftOut).toEqual([{ name: 'notes.json', kind: 'json' }]);
    }
  });
});
