import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Importer } from '../../../src/lib/state/importer.svelte';

const saved = readFileSync('scenarios/pharma-2014.json', 'utf8');
const file = (name: string, text: string) => new File([new TextEncoder().encode(text)], name);
const sales = 'rep,month,sales\nAnn,2024-01,10\nAnn,2024-02,12\n';
const march = 'rep,month,sales\nBo,2024-03,7\nBo,2024-04,9\nBo,2024-05,8\n';

/** What the dialog shows, in one object, for comparing a race's end with a file given alone. */
function shown(importer: Importer) {
  return {
    fileName: importer.fileName,
    scenario: importer.scenarioText,
    bytes: importer.bytes && new TextDecoder().decode(importer.bytes),
    preview: importer.preview && { headers: importer.preview.headers, rows: importer.preview.rows },
    errors: importer.errors,
    leftOut: importer.leftOut,
    reading: importer.reading,
  };
}

async function alone(given: File): Promise<ReturnType<typeof shown>> {
  const importer = new Importer();
  await importer.choose(given);
  return shown(importer);
}

describe('a file given while the one before is still being read', () => {
  it('replaces it whole, a scenario after a table and a table after a scenario', async () => {
    const orders = [
      [file('sales.csv', sales), file('scenario.json', saved)],
      [file('scenario.json', saved), file('sales.csv', sales)],
      [file('march.csv', march), file('sales.csv', sales)],
    ];
    for (const [first, second] of orders) {
      const importer = new Importer();
      const earlier = importer.choose(first);
      await importer.choose(second);
      await earlier;
      expect(shown(importer), `${first.name} then ${second.name}`).toEqual(await alone(second));
    }
  });

  it('a drop still being sorted gives way to a file chosen meanwhile, and the other way', async () => {
    const importer = new Importer();
    const dropped = importer.chooseAmong([
      file('notes.json', '{"a": 1}'),
      file('scenario.json', saved),
    ]);
    await importer.choose(file('sales.csv', sales));
    await dropped;
    expect(shown(importer)).toEqual(await alone(file('sales.csv', sales)));

    const chosen = importer.choose(file('sales.csv', sales));
    await importer.chooseAmong([file('march.csv', march), file('notes.json', '{"a": 1}')]);
    await chosen;
    expect(importer.fileName).toBe('march.csv');
    expect(importer.preview?.rows).toEqual((await alone(file('march.csv', march))).preview?.rows);
    expect(importer.leftOut).toEqual([{ name: 'notes.json', kind: 'json' }]);
  });

  it('a file discarded while it is read leaves nothing behind', async () => {
    const importer = new Importer();
    const reading = importer.choose(file('sales.csv', sales));
    importer.discard();
    await reading;
    expect(shown(importer)).toEqual({
      fileName: null,
      scenario: null,
      bytes: null,
      preview: null,
      errors: [],
      leftOut: [],
      reading: false,
    });
  });

  it('a status column changed while the last one is still counted keeps the later count', async () => {
    const orders = ['rep,month,sales,state,note', 'a,2024-01,1,ok,x', 'a,2024-02,2,no,y'];
    const importer = new Importer();
    await importer.choose(file('orders.csv', orders.join('\n')));
    // The count of 'note' reads the file again; none for no column resolves at once.
    const noted = importer.setRole('status', 'note');
    await importer.setRole('status', null);
    await noted;
    expect(importer.mapping?.status).toBeNull();
    expect(importer.statuses).toEqual([]);
  });
});
