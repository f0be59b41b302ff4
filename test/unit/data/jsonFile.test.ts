import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { importText } from '../../../src/lib/components/import/importText';
import { checkText } from '../../../src/lib/data/checkFile';
import { decodeBytes } from '../../../src/lib/data/decode';
import { say } from '../../../src/lib/data/importMessages';
import { jsonKind, opensAsJson } from '../../../src/lib/data/jsonFile';
import { setLocale } from '../../../src/lib/i18n/i18n.svelte';

const utf8 = (text: string) => new TextEncoder().encode(text);
const saved = readFileSync('scenarios/essay-vs-haggling.json', 'utf8');

describe('JSON given to the import', () => {
  it('jsonKind knows a saved scenario, one with a slip, and other JSON', () => {
    expect(jsonKind(saved)).toBe('scenario');
    // Save scenario writes two-space JSON; a file edited by hand may have a trailing comma.
    expect(jsonKind(saved.replace(/\n}\s*$/, ',\n}\n'))).toBe('scenario');
    expect(jsonKind(`\n  ${saved}`)).toBe('scenario');
    expect(jsonKind('{"reps": 3}')).toBe('json');
    expect(jsonKind('[{"rep": "A", "sales": 1}]')).toBe('json');
    expect(jsonKind('[{"schemes": []}]')).toBe('json');
  });

  it('jsonKind leaves tables to the table reader, a first cell in brackets included', () => {
    expect(jsonKind('rep,date,sales\nA,2024-01,10\n')).toBeNull();
    expect(jsonKind('[Rep],[Month],[Sales]\nA,2024-01,10\n')).toBeNull();
    expect(jsonKind('{Rep}\tSales\nA\t1\n')).toBeNull();
  });

  it('opensAsJson looks past a byte order mark and blanks, at the first bytes only', () => {
    expect(opensAsJson(utf8('\ufeff \r\n{"a":1}'))).toBe(true);
    expect(opensAsJson(utf8('  [1]'))).toBe(true);
    expect(opensAsJson(utf8('rep,sales'))).toBe(false);
    expect(opensAsJson(new Uint8Array(0))).toBe(false);
  });

  it('opensAsJson reads UTF-16, with its byte order mark or without', () => {
    const utf16 = (text: string, littleEndian: boolean) => {
      const view = new DataView(new ArrayBuffer(text.length * 2));
      for (let i = 0; i < text.length; i++) view.setUint16(2 * i, text.charCodeAt(i), littleEndian);
      return new Uint8Array(view.buffer);
    };
    for (const littleEndian of [true, false]) {
      expect(opensAsJson(utf16('\ufeff\r\n{"a": 1}', littleEndian))).toBe(true);
      expect(opensAsJson(utf16('  [{"rep": "A"}]\n', littleEndian))).toBe(true);
      expect(opensAsJson(utf16('\ufeffrep,sales\nA,1\n', littleEndian))).toBe(false);
    }
  });

  it('checkText refuses a scenario file by name, saying what it is and where it goes', () => {
    const bytes = utf8(`\ufeff${saved}`);
    const problems = checkText('scenario.json', bytes, decodeBytes(bytes), false);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      code: 'scenarioFile',
      params: { file: 'scenario.json' },
    });
    expect(say(problems[0])).toContain('--scenario');
    const other = utf8('{"calibration": []}');
    expect(say(checkText('c.json', other, decodeBytes(other), false)[0])).toBe(
      'c.json: JSON, not a sales table; expected CSV or TSV text, an Excel workbook or Parquet',
    );
  });

  afterEach(() => setLocale('en'));

  it('the page names its own control for a scenario file, not the command line’s option', () => {
    const bytes = utf8(saved);
    const [problem] = checkText('方案.json', bytes, decodeBytes(bytes), false);
    expect(importText(problem)).toBe(
      '方案.json: a scenario file (schemes and settings, as Save scenario writes it), not a ' +
        'sales table; open it with “Open scenario…” on Compare',
    );
    setLocale('zh-CN');
    expect(importText(problem)).toContain('方案.json：这是情景文件');
    expect(importText(problem)).toContain('“打开情景文件…”');
    expect(importText(problem)).not.toContain('--scenario');
  });
});
