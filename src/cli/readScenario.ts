import { readFile } from 'node:fs/promises';
import { parseScenario } from '../lib/engine/scenario';
import type { ScenarioResult } from '../lib/engine/types';

const reasons: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a folder',
  EACCES: 'permission denied',
};

/** Reads and validates a scenario file; every problem is one message naming the file. */
export async function readScenario(path: string): Promise<ScenarioResult> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    return {
      ok: false,
      errors: [`${path}: cannot read the scenario (${reasons[code ?? ''] ?? message})`],
    };
  }
  // Notepad and other Windows editors start UTF-8 files with a byte-order mark; the page's
  // File.text() drops it, and so must we, or JSON.parse stops at an invisible character.
  return parseScenario(text.replace(/^\uFEFF/, ''), path);
}
