import { describe, expect, it } from 'vitest';
import { csvRecords, recordStart, sniffDelimiter } from '../../../src/lib/data/csvRecords';
import { previewText } from '../../../src/lib/data/previewText';

describe('csvRecords', () => {
  it('csvRecords follows RFC 4180 quoting across CRLF line ends', () => {
    const text = 'a,b\r\n"x, y","say ""hi"""\r\n"two\r\nlines",3\r\n';
    expect([...csvRecords(text, ',')]).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      ['two\r\nlines', '3'],
    ]);
  });

  it('csvRecords skips blank lines and keeps a last line without a line end', () => {
    expect([...csvRecords('a;b\n\n1;2\n3;', ';')]).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', ''],
    ]);
  });

  it('sniffDelimiter picks the separator of the header, ignoring quoted text', () => {
    expect(sniffDelimiter('rep;month;sales\n')).toBe(';');
    expect(sniffDelimiter('"a;b;c"\t"d"\tx\n')).toBe('\t');
    expect(sniffDelimiter('single\n')).toBe(',');
  });

  it('previewText returns trimmed headers and at most n rows', () => {
    const preview = previewText(' rep , sales\nA,1\nB,2\nC,3\n', 2);
    expect(preview).toEqual({
      delimiter: ',',
      headerRow: 0,
      headers: ['rep', 'sales'],
      written: ['rep', 'sales'],
      rows: [
        ['A', '1'],
        ['B', '2'],
      ],
    });
  });

  it('previewText passes title rows above the header and sniffs the delimiter below them', () => {
    const text = 'Sales report 2024\n\nprinted 2024-03-01\nrep;month;sales\nA;2024-01;1\n';
    const preview = previewText(text, 5);

    expect(preview).toEqual({
      delimiter: ';',
      headerRow: 2,
      headers: ['rep', 'month', 'sales'],
      written: ['rep', 'month', 'sales'],
      rows: [['A', '2024-01', '1']],
    });
  });

  it('recordStart gives the offset and line count after the title records', () => {
    const text = 'Title\r\n\r\n"a\nb"\r\nrep,sales\r\n';

    expect(recordStart(text, 2)).toEqual({ offset: text.indexOf('rep'), lines: 3 });
  });
});
