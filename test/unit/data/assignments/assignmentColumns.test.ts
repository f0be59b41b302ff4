import { describe, expect, it } from 'vitest';
import { detectAssignmentColumns } from '../../../../src/lib/data/assignments/assignmentColumns';

describe('detectAssignmentColumns', () => {
  it('finds rep, territory, start and end in the AdventureWorks territory history', () => {
    const headers = [
      'BusinessEntityID',
      'TerritoryID',
      'StartDate',
      'EndDate',
      'rowguid',
      'ModifiedDate',
    ];
    expect(detectAssignmentColumns(headers)).toEqual({
      rep: 'BusinessEntityID',
      group: 'TerritoryID',
      start: 'StartDate',
      end: 'EndDate',
    });
  });

  it('finds Chinese headers: 工号, 大区 or 片区 or 团队, 开始日期, 结束日期', () => {
    for (const group of ['大区', '片区', '团队', '销售区域']) {
      expect(detectAssignmentColumns(['工号', group, '开始日期', '结束日期'])).toEqual({
        rep: '工号',
        group,
        start: '开始日期',
        end: '结束日期',
      });
    }
  });

  it('takes a file without an end column, each span lasting until the next', () => {
    expect(detectAssignmentColumns(['Sales Rep', 'Team', 'Valid From'])).toEqual({
      rep: 'Sales Rep',
      group: 'Team',
      start: 'Valid From',
      end: null,
    });
  });

  it('leaves a sales file with a region column to the sales import', () => {
    expect(detectAssignmentColumns(['销售员', '区域', '月份', '销售额'])).toBeNull();
    expect(detectAssignmentColumns(['rep', 'region', 'start', 'end', 'amount'])).toBeNull();
  });

  it('needs a group and a start date', () => {
    expect(detectAssignmentColumns(['rep', 'start', 'end'])).toBeNull();
    expect(detectAssignmentColumns(['rep', 'territory', 'note'])).toBeNull();
  });
});
