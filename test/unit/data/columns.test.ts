import { describe, expect, it } from 'vitest';
import { detectColumns, normalizeHeader } from '../../../src/lib/data/columns';

describe('detectColumns', () => {
  it('detectColumns maps plain English headers with full confidence', () => {
    const proposal = detectColumns(['rep', 'month', 'sales', 'target']);
    expect(proposal.mapping).toEqual({
      rep: 'rep',
      date: 'month',
      sales: 'sales',
      target: 'target',
      status: null,
      refund: null,
    });
    expect(proposal.overall).toBeGreaterThan(0.95);
  });

  it('detectColumns reads Traditional headers as their Simplified forms', () => {
    const traditional = ['業務員', '月份', '銷售額', '業績目標'];
    expect(detectColumns(traditional).mapping).toEqual({
      rep: '業務員',
      date: '月份',
      sales: '銷售額',
      target: '業績目標',
      status: null,
      refund: null,
    });
    // The vending export's headers written in Traditional map as the Simplified ones do.
    const simplified = ['设备编号', '下单时间', '订单编号', '总金额（元）', '支付状态', '出货状态'];
    const asTraditional = simplified.map((h) =>
      h.replace(
        /[设备编号单时间订总状态货]/g,
        (c) => '設備編號單時間訂總狀態貨'['设备编号单时间订总状态货'.indexOf(c)],
      ),
    );
    const byRole = (headers: string[]) =>
      Object.values(detectColumns(headers).mapping).map((h) => (h ? headers.indexOf(h) : -1));
    expect(byRole(asTraditional)).toEqual(byRole(simplified));
  });

  it('detectColumns reads the vending export: units in full-width brackets, two statuses', () => {
    const headers = ['设备编号', '下单时间', '订单编号', '购买数量（个）', '手续费（元）'];
    headers.push('总金额（元）', '支付状态', '出货状态', '收款方', '退款金额（元）', '商品ID');
    expect(detectColumns(headers).mapping).toEqual({
      rep: '设备编号',
      date: '下单时间',
      sales: '总金额（元）',
      target: null,
      status: '出货状态',
      refund: '退款金额（元）',
    });
  });

  it('detectColumns finds Chinese sales-letter headers', () => {
    const proposal = detectColumns(['业务员', '月份', '实际销售额', '销售任务', '备注']);
    expect(proposal.mapping).toMatchObject({
      rep: '业务员',
      date: '月份',
      sales: '实际销售额',
      target: '销售任务',
    });
  });

  it('detectColumns reads 销售人员 or 代表 as the rep and 销售业绩 as the sales, not 业绩目标', () => {
    const proposal = detectColumns(['销售人员', '月份', '销售业绩（元）', '业绩目标']);
    expect(proposal.mapping).toMatchObject({
      rep: '销售人员',
      date: '月份',
      sales: '销售业绩（元）',
      target: '业绩目标',
    });
    expect(detectColumns(['代表', '月份', '销售额']).mapping.rep).toBe('代表');
    expect(detectColumns(['业务代表', '月份', '业绩', '目标']).mapping).toMatchObject({
      rep: '业务代表',
      sales: '业绩',
      target: '目标',
    });
  });

  it('detectColumns ignores case, spaces and underscores, and splits camel case', () => {
    const proposal = detectColumns(['Sales Person', 'ORDER_DATE', 'Total Amount', 'SalesQuota']);
    expect(proposal.mapping).toMatchObject({
      rep: 'Sales Person',
      date: 'ORDER_DATE',
      sales: 'Total Amount',
      target: 'SalesQuota',
    });
  });

  it('detectColumns gives a lower confidence to a partial match than to an exact one', () => {
    const exact = detectColumns(['rep', 'date', 'amount']);
    const partial = detectColumns(['rep', 'date', 'Net Amount Shipped']);
    expect(partial.confidence.sales).toBeGreaterThan(0);
    expect(partial.confidence.sales).toBeLessThan(exact.confidence.sales);
  });

  it('detectColumns reports zero overall confidence when a required role is missing', () => {
    const proposal = detectColumns(['BusinessEntityID', 'QuotaDate', 'SalesQuota', 'rowguid']);
    expect(proposal.mapping.sales).toBeNull();
    expect(proposal.mapping.target).toBe('SalesQuota');
    expect(proposal.overall).toBe(0);
  });

  it('detectColumns gives a chosen column no other role and detects the rest around it', () => {
    const headers = ['BusinessEntityID', 'QuotaDate', 'SalesQuota', 'rowguid'];
    expect(detectColumns(headers, { sales: 'SalesQuota' }).mapping).toMatchObject({
      rep: 'BusinessEntityID',
      date: 'QuotaDate',
      sales: 'SalesQuota',
      target: null,
    });
    // A role chosen as none stays none, and the column it would have had goes to no one else.
    const none = detectColumns(['rep', 'month', 'amount', 'quota'], { target: null });
    expect(none.mapping).toMatchObject({ sales: 'amount', target: null });
  });

  it('normalizeHeader folds full-width forms and drops bracketed units', () => {
    expect(normalizeHeader(' 总金额（元） ')).toBe('总金额');
    expect(normalizeHeader('Ｓａｌｅｓ [USD]')).toBe('sales');
  });
});
