import { readFileSync } from 'node:fs';
import { wideCsv } from './bigFiles';

/**
 * What a clear answer to a corpus file must contain. Every file must name itself in every
 * message; `mentions` lists what else the messages (errors or warnings) must say: the row,
 * column and value where one is to blame.
 */
export interface CorpusEntry {
  name: string;
  /** 'refused': the import fails with errors. 'either': it may load, but must say the words. */
  outcome: 'refused' | 'either';
  mentions: RegExp[];
  why: string;
  /** An open gap in the importer that this file exposes; its checks are skipped until fixed. */
  gap?: string;
}

export const corpusDir = new URL('./files/', import.meta.url);

/** The broken files: each must be refused or flagged in words, none may crash or hang. */
export const corpus: CorpusEntry[] = [
  {
    name: 'truncated.xlsx',
    outcome: 'refused',
    mentions: [/Excel workbook/],
    why: 'a valid workbook cut in half',
  },
  {
    name: 'zip-bad-name-length.xlsx',
    outcome: 'refused',
    mentions: [/Excel workbook/],
    why: 'a workbook cut short whose first zip entry claims a 15,130-byte name',
  },
  {
    name: 'zip-not-xlsx.xlsx',
    outcome: 'refused',
    mentions: [/Excel workbook/],
    why: 'a valid zip holding a text file, named .xlsx',
  },
  {
    name: 'binary-junk.csv',
    outcome: 'refused',
    mentions: [/binary|not (a )?text/i],
    why: '4 KiB of pseudo-random bytes named .csv',
  },
  {
    name: 'empty.csv',
    outcome: 'refused',
    mentions: [/empty/i],
    why: 'a 0-byte file',
  },
  {
    name: 'header-only.csv',
    outcome: 'refused',
    mentions: [/no (data )?rows/i],
    why: 'the header and nothing else',
  },
  {
    name: 'columns-10000.csv',
    outcome: 'either',
    mentions: [/10,?000 columns/],
    why: '10,000 columns: rep, month, sales and 9,997 filler columns',
  },
  {
    name: 'mixed-encodings.csv',
    outcome: 'either',
    mentions: [/encoding/i, /(line|row):? 4\b/i],
    why: 'UTF-8 names above GBK names in one file',
  },
  {
    name: 'unbalanced-quotes.csv',
    outcome: 'refused',
    mentions: [/quote/i, /(line|row):? 5\b/i],
    why: 'a quote opened on line 5 and never closed',
  },
  {
    name: 'unquoted-delimiter-every-fifth-row.csv',
    outcome: 'refused',
    mentions: [/(line|row):? 6\b/i, /1,250/],
    why: 'an amount written 1,250 without quotes in every fifth row',
  },
  {
    name: 'nul-bytes.csv',
    outcome: 'refused',
    mentions: [/row 10/, /month/],
    why: 'NUL bytes inside a name and a date',
  },
  {
    name: 'formula-error.xlsx',
    outcome: 'refused',
    mentions: [/sheet "Sales"/, /row 4/, /sales/, /#DIV\/0!/],
    why: 'a formula cell whose value is #DIV/0!',
  },
  {
    name: 'negative-and-nan-sales.csv',
    outcome: 'refused',
    mentions: [/row 18.*NaN/, /row 3\b.*-1,?020|-1,?020.*row 3\b/],
    why: 'sales of −1020 in row 3 and NaN in row 18',
  },
  {
    name: 'dates-1900-and-9999.csv',
    outcome: 'refused',
    mentions: [/row 19.*9999-12/, /row 2\b.*1900-01|1900-01.*row 2\b/],
    why: 'a month in 1900 (row 2) and one in 9999 (row 19) among 2024 months',
  },
];

/** Files with hostile text that must load and then render and export as plain text. */
export const hostileText = ['markup-names.csv', 'markup-sheet.xlsx', 'formula-names.csv'];

/** A corpus file's bytes; the 10,000-column file is generated rather than committed. */
export function corpusBytes(name: string): Uint8Array {
  if (name === 'columns-10000.csv') return wideCsv(10_000);
  return new Uint8Array(readFileSync(new URL(name, corpusDir)));
}
