import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../src/cli/args';
import { parseDataArgs } from '../../../src/cli/dataArgs';

describe('import options on the command line', () => {
  it('parseArgs passes the importer options of --data on to the simulate run', () => {
    const parsed = parseArgs([
      '--scenario=s.json',
      '--data=x.xlsx',
      '--sheet',
      'Orders',
      '--encoding',
      'GBK',
      '--sales',
      'Amount',
      '--header-row',
      '3',
      '--skip-bad-rows',
    ]);

    expect(parsed.ok && !parsed.help && parsed.options.dataOptions).toEqual({
      sheet: 'Orders',
      encoding: 'gb18030',
      mapping: { sales: 'Amount' },
      headerRow: 3,
      skipBadRows: true,
    });
  });

  it('parseDataArgs reads the fiscal calendar and refuses a month outside 1–12', () => {
    const parsed = parseDataArgs(['f.csv', '--period', 'quarter', '--fiscal-start', '10']);
    expect(parsed.ok && !parsed.help && parsed.options.calendar).toEqual({
      unit: 'quarter',
      fiscalStart: 10,
    });

    expect(parseDataArgs(['f.csv', '--fiscal-start', '13'])).toEqual({
      ok: false,
      errors: ['--fiscal-start must be a month from 1 to 12, got "13"'],
    });
    expect(parseDataArgs([])).toEqual({ ok: false, errors: ['give exactly one FILE, got 0'] });
  });
});
