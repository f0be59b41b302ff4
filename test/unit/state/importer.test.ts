import { noteText } from '$lib/data/dataNote';
import { note } from '$lib/data/importMessages';
import { describe, expect, it } from 'vitest';
import { Importer } from '../../../src/lib/state/importer.svelte';

const bad = note('badAmount', { file: 'orders.csv', row: 2, column: 'sales', value: 'x' });

const csv = [
  '设备编号,下单时间,总金额（元）,出货状态,备注',
  '1001,2018/4/1 10:00,2.5,出货成功,a',
  '1001,2018/4/2 11:00,3.0,出货失败,b',
  '1002,2018/4/2 12:00,3.0,出货成功,c',
  '1002,2018/4/3 12:00,3.5,出货中,c',
].join('\n');

function file(text: string, name = 'orders.csv'): File {
  return new File([new TextEncoder().encode(text)], name);
}

describe('Importer', () => {
  it('choose proposes a column for each role and reads the statuses of the file', async () => {
    const importer = new Importer();
    await importer.choose(file(csv));

    expect(importer.fileName).toBe('orders.csv');
    expect(importer.preview?.encoding).toBe('utf-8');
    expect(importer.mapping).toMatchObject({
      rep: '设备编号',
      date: '下单时间',
      sales: '总金额（元）',
      status: '出货状态',
    });
    expect(importer.ready).toBe(true);
    expect([...importer.counted].sort()).toEqual(['出货中', '出货成功'].sort());
  });

  it('setRole recounts the statuses when the status column changes', async () => {
    const importer = new Importer();
    await importer.choose(file(csv));

    await importer.setRole('status', '备注');
    expect(importer.statuses.map((s) => [s.value, s.count])).toEqual([
      ['c', 2],
      ['a', 1],
      ['b', 1],
    ]);

    await importer.setRole('status', null);
    expect(importer.statuses).toEqual([]);
    expect(importer.options().countStatuses).toBeUndefined();
  });

  it('ready is false until rep, date and sales all have a column', async () => {
    const importer = new Importer();
    await importer.choose(file(csv));

    importer.setRole('sales', null);
    expect(importer.ready).toBe(false);
    importer.setRole('sales', '总金额（元）');
    expect(importer.ready).toBe(true);
  });

  it('targetWithoutSales names the quota column of a quota history that has no sales', async () => {
    const quotas = ['BusinessEntityID,QuotaDate,SalesQuota', '274,2011-05-31,28000'].join('\n');
    const importer = new Importer();
    await importer.choose(file(quotas, 'quotas.csv'));

    expect(importer.mapping).toMatchObject({ sales: null, target: 'SalesQuota' });
    expect(importer.ready).toBe(false);
    expect(importer.targetWithoutSales).toBe('SalesQuota');
  });

  it('setRole on the target’s column for sales clears the target, which would equal sales', async () => {
    const quotas = ['BusinessEntityID,QuotaDate,SalesQuota', '274,2011-05-31,28000'].join('\n');
    const importer = new Importer();
    await importer.choose(file(quotas, 'quotas.csv'));

    await importer.setRole('sales', 'SalesQuota');

    expect(importer.mapping).toMatchObject({ sales: 'SalesQuota', target: null });
    expect(importer.ready).toBe(true);
    expect(importer.targetWithoutSales).toBeNull();
    expect(importer.options().mapping).toMatchObject({ sales: 'SalesQuota', target: null });
  });

  it('options carry the mapping, the encoding and the statuses the user kept', async () => {
    const importer = new Importer();
    await importer.choose(file(csv));
    importer.toggleStatus('出货中', false);
    importer.toggleStatus('出货失败', true);

    const options = importer.options();
    expect(options.encoding).toBe('utf-8');
    expect(options.mapping?.sales).toBe('总金额（元）');
    expect([...(options.countStatuses ?? [])].sort()).toEqual(['出货失败', '出货成功'].sort());
  });

  it('setEncoding redecodes the bytes and proposes the columns afresh', async () => {
    const importer = new Importer();
    await importer.choose(file(csv));

    await importer.setEncoding('windows-1252');
    expect(importer.preview?.encoding).toBe('windows-1252');
    expect(importer.preview?.headers[0]).not.toBe('设备编号');

    await importer.setEncoding('utf-8');
    expect(importer.preview?.headers[0]).toBe('设备编号');
  });

  it('discard forgets the file and its errors', async () => {
    const importer = new Importer();
    await importer.choose(file(csv));
    importer.errors = [bad];

    importer.discard();
    expect(importer.fileName).toBeNull();
    expect(importer.preview).toBeNull();
    expect(importer.errors.map(noteText)).toEqual([]);
  });
});

describe('Importer on workbooks', () => {
  it('setSheet and setHeaderRow preview the chosen sheet and row, and options carry them', async () => {
    const XLSX = await import('@e965/xlsx');
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['notes']]), 'Read me');
    const orders = [['Report'], ['rep', 'date', 'sales'], ['A', '2024-01-01', 5]];
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(orders), 'Orders');
    const bytes = new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }));

    const importer = new Importer();
    await importer.choose(new File([bytes], 'book.xlsx'));
    expect(importer.preview?.sheets).toEqual(['Read me', 'Orders']);
    // The notes sheet leads, but the preview opens on the sheet that reads as sales.
    expect(importer.preview?.sheet).toBe('Orders');
    await importer.setSheet('Read me');
    expect(importer.ready).toBe(false);

    await importer.setSheet('Orders');
    expect(importer.preview?.headerRow).toBe(2);
    expect(importer.ready).toBe(true);

    await importer.setHeaderRow(1);
    expect(importer.preview?.headers).toEqual(['Report']);
    await importer.setHeaderRow(2);
    importer.dateOrder = 'dmy';
    importer.skipBadRows = true;
    expect(importer.options()).toMatchObject({
      sheet: 'Orders',
      headerRow: 2,
      dateOrder: 'dmy',
      skipBadRows: true,
      encoding: undefined,
    });
  });

  it('options ask for calendar or October–September quarters only when chosen', async () => {
    const importer = new Importer();
    await importer.choose(file(csv));
    expect(importer.calendar).toBe('auto');
    expect(importer.options()).toMatchObject({ quarters: undefined, months: undefined });

    importer.calendar = 'month';
    expect(importer.options()).toMatchObject({ quarters: undefined, months: true });
    importer.calendar = 'quarter';
    expect(importer.options().quarters).toEqual({ fiscalStart: 1 });
    importer.calendar = 'fiscal';
    expect(importer.options().quarters).toEqual({ fiscalStart: 10 });
  });

  it('confirm shows what the import read and hands the file on to be kept', async () => {
    const importer = new Importer();
    await importer.choose(file(csv));
    const summary = { rows: 3, skipped: [], warnings: ['w'] } as never;
    const kept: string[] = [];

    await importer.confirm(
      { importCsv: async () => ({ status: 'loaded', summary, thinReps: ['1002'] }) },
      (fileName) => kept.push(fileName),
    );
    expect(importer.result).toEqual({
      summary,
      thinReps: ['1002'],
      volatilityAssumed: false,
      leftReps: [],
      grain: null,
      automatic: true,
    });
    expect(kept).toEqual(['orders.csv']);
  });

  it('confirm keeps the errors of a failed import on screen and keeps nothing', async () => {
    const importer = new Importer();
    await importer.choose(file(csv));
    const kept: string[] = [];

    await importer.confirm(
      { importCsv: async () => ({ status: 'failed', errors: [bad] }) },
      (fileName) => kept.push(fileName),
    );
    expect(importer.errors).toEqual([bad]);
    expect(importer.result).toBeNull();
    expect(kept).toEqual([]);
  });
});
