import { noteText } from '$lib/data/dataNote';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { StatedScenario } from '../../../src/lib/engine/scenario';
import { Importer } from '../../../src/lib/state/importer.svelte';

const saved = readFileSync('scenarios/pharma-2014.json', 'utf8');
const file = (name: string, text: string) => new File([new TextEncoder().encode(text)], name);
/** Text as Windows Notepad saves it as "Unicode": UTF-16 LE, with or without its BOM. */
function utf16le(text: string, bom = true): Uint8Array<ArrayBuffer> {
  const units = (bom ? '\ufeff' : '') + text;
  const bytes = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    bytes[2 * i] = units.charCodeAt(i) & 0xff;
    bytes[2 * i + 1] = units.charCodeAt(i) >> 8;
  }
  return bytes;
}
const sales = 'rep,month,sales\nAnn,2024-01,10\nAnn,2024-02,12\n';

/** Stands for the session: records the scenarios it is asked to open. */
function target() {
  const opened: StatedScenario[] = [];
  return { opened, openScenario: async (next: StatedScenario) => void opened.push(next) };
}

describe('a scenario file given to the import', () => {
  it('choose says it is a scenario and reads it as no table', async () => {
    const importer = new Importer();
    await importer.choose(file('scenario.json', saved));
    expect(importer.fileName).toBe('scenario.json');
    expect(importer.scenarioText).toBe(saved);
    expect(importer.preview).toBeNull();
    expect(importer.errors.map(noteText)).toEqual([]);
    expect(importer.ready).toBe(false);
  });

  it('choose knows a scenario saved as UTF-16 and opens it', async () => {
    for (const bom of [true, false]) {
      const importer = new Importer();
      const session = target();
      await importer.choose(new File([utf16le(saved, bom)], 'unicode.json'));
      expect(importer.scenarioText, `BOM ${bom}`).toBe(saved);
      expect(importer.errors).toEqual([]);
      await importer.openScenario(session);
      expect(session.opened.map((s) => s.name)).toEqual([JSON.parse(saved).name]);
    }
  });

  it('chooseAmong imports the table dropped with it and names it as left out', async () => {
    const importer = new Importer();
    await importer.chooseAmong([file('scenario.json', saved), file('sales.csv', sales)]);
    expect(importer.fileName).toBe('sales.csv');
    expect(importer.scenarioText).toBeNull();
    expect(importer.ready).toBe(true);
    expect(importer.leftOut).toEqual([{ name: 'scenario.json', kind: 'scenario' }]);
  });

  it('openScenario opens it on the target only when asked, and closes the dialog', async () => {
    const importer = new Importer();
    const session = target();
    await importer.choose(file('scenario.json', saved));
    expect(session.opened).toEqual([]);
    await importer.openScenario(session);
    expect(session.opened.map((s) => s.name)).toEqual([JSON.parse(saved).name]);
    expect(importer.fileName).toBeNull();
    expect(importer.scenarioText).toBeNull();
  });

  it('openScenario keeps a file it cannot open on screen, with its problems', async () => {
    const importer = new Importer();
    const session = target();
    // Fewer trials than the page runs: refused at open, as Open scenario… refuses it.
    const few = JSON.stringify({ ...JSON.parse(saved), trials: 10 });
    await importer.choose(file('few.json', few));
    await importer.openScenario(session);
    expect(session.opened).toEqual([]);
    expect(importer.fileName).toBe('few.json');
    expect(importer.scenarioProblems.map((p) => p.path)).toContain('trials');
    importer.discard();
    expect(importer.scenarioProblems).toEqual([]);
  });
});
