import { describe, expect, it } from 'vitest';
import { countedSql, rawViewSql, readCsvSql } from '../../../src/lib/data/sql/loadSql';
import { historySql } from '../../../src/lib/data/sql/historySql';
import { sqlString, sqlStringList } from '../../../src/lib/data/sql/quote';
import { seasonSql } from '../../../src/lib/data/sql/seasonSql';
import { trendSql } from '../../../src/lib/data/sql/trendSql';

// The exact text of one case per builder; load and calibrate tests run the same builders in DuckDB.
describe('SQL builders', () => {
  it('sqlString doubles single quotes and sqlStringList never yields an empty list', () => {
    expect(sqlString("O'Neill")).toBe("'O''Neill'");
    expect(sqlStringList(['a', "b'c"])).toBe("('a', 'b''c')");
    expect(sqlStringList([])).toBe('(NULL)');
  });

  it('readCsvSql reads every column as text, named by position', () => {
    expect(readCsvSql('in.csv', ';', 2)).toBe(
      'CREATE OR REPLACE TEMP TABLE il_csv AS\n' +
        "SELECT * FROM read_csv('in.csv', auto_detect = false, header = true,\n" +
        `  delim = ';', quote = '"', escape = '"', null_padding = true,\n` +
        "  parallel = false, columns = {'c0': 'VARCHAR', 'c1': 'VARCHAR'})",
    );
  });

  it('rawViewSql numbers rows by their place below the header, or by the first column', () => {
    expect(rawViewSql({ offset: 3 })).toBe(
      'CREATE OR REPLACE TEMP VIEW il_raw AS SELECT rowid + 5 AS row_no, * FROM il_csv',
    );
    expect(rawViewSql('first-column')).toBe(
      'CREATE OR REPLACE TEMP VIEW il_raw AS SELECT CAST(c0 AS INTEGER) AS row_no, * FROM il_csv',
    );
  });

  it('countedSql keeps every row without a status column and quotes a status list', () => {
    expect(countedSql(null)).toBe('true');
    expect(countedSql(['出货成功', "it's ok"])).toBe("status IN ('出货成功', 'it''s ok')");
  });

  it('trendSql without monthly history gives every rep a zero trend', () => {
    expect(trendSql(false)).toBe(
      'CREATE OR REPLACE TEMP TABLE cal_trend AS\n' +
        'SELECT DISTINCT rep, NULL::DOUBLE AS g_raw, NULL::DOUBLE AS se2, 0.0::DOUBLE AS g ' +
        'FROM cal_used',
    );
  });

  it('seasonSql without seasonality makes empty pooled factors and all-one rep factors', () => {
    expect(seasonSql({ enabled: false, pooledMin: 12, ownMin: 24 })).toEqual([
      'CREATE OR REPLACE TEMP TABLE cal_season AS SELECT 1 AS q, 1.0::DOUBLE AS f WHERE false',
      'CREATE OR REPLACE TEMP TABLE cal_factor AS\n' +
        'SELECT rep, unnest([1, 2, 3, 4]) AS q, 1.0::DOUBLE AS f, false AS own\n' +
        'FROM (SELECT DISTINCT rep FROM cal_used)',
    ]);
  });

  it('historySql labels monthly periods YYYY-MM', () => {
    expect(historySql('month')).toBe(
      "SELECT o.rep, strftime(o.period, '%Y-%m') AS period, o.sales, o.target,\n" +
        '  fit.level * f.f * exp(fit.g * (o.tau - fit.tau_bar)) AS fitted\n' +
        'FROM cal_obs o\n' +
        'JOIN cal_fit fit ON fit.rep = o.rep\n' +
        'JOIN cal_factor f ON f.rep = o.rep AND f.q = o.q\n' +
        'ORDER BY o.rep, o.period',
    );
  });
});
