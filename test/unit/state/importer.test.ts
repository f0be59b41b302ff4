import { describe, expect, it } from 'vitest';
import { Importer } from '../../../src/lib/state/importer.svelte';

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

    importer.setRole('status', '备注');
    expect(importer.statuses.map((s) => [s.value, s.count])).toEqual([
      ['c', 2],
      ['a', 1],
      ['b', 1],
    ]);

    importer.setRole('status', null);
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

    importer.setEncoding('windows-1252');
    expect(importer.preview?.encoding).toBe('windows-1252');
    expect(importer.preview?.headers[0]).not.toBe('设备编号');

    importer.setEncoding('utf-8');
    expect(importer.preview?.headers[0]).toBe('设备编号');
  });

  it('discard forgets the file and its errors', async () => {
    const importer = new Importer();
    await importer.choose(file(csv));
    importer.errors = ['orders.csv: row 2: bad'];

    importer.discard();
    expect(importer.fileName).toBeNull();
    expect(importer.preview).toBeNull();
    expect(importer.errors).toEqual([]);
  });
});
