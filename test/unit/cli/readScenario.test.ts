import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readScenario } from '../../../src/cli/readScenario';

const shipped = readFileSync('scenarios/essay-vs-haggling.json', 'utf8');

const folder = mkdtempSync(join(tmpdir(), 'scenario-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

let files = 0;
function saved(text: string): string {
  const path = join(folder, `scenario-${files++}.json`);
  writeFileSync(path, text, 'utf8');
  return path;
}

describe('readScenario on the command line', () => {
  it('reads a scenario saved with a byte-order mark as the same scenario without one', async () => {
    const plain = await readScenario(saved(shipped));
    const marked = await readScenario(saved(`\uFEFF${shipped}`));

    expect(marked.ok).toBe(true);
    if (!marked.ok || !plain.ok) throw new Error('the scenario did not read');
    expect(marked.scenario).toEqual(plain.scenario);
  });

  it('still refuses a byte-order mark anywhere but at the start', async () => {
    const result = await readScenario(saved(`{ \uFEFF${shipped.slice(1)}`));
    expect(result.ok).toBe(false);
  });
});
