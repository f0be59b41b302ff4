import { listed, t } from '$lib/i18n/i18n.svelte';
import type { GivenKind, LeftOutFile } from '$lib/state/importFiles';

const keys = {
  table: 'import.leftOut',
  scenario: 'import.leftOutScenario',
  json: 'import.leftOutJson',
} as const satisfies Record<GivenKind, string>;

/**
 * One note for each kind of file left out of the import of `file`, saying why those files were.
 * Their names are listed as every list on the page is (listed: "a.csv, b.csv", "a.csv、b.csv").
 */
export function leftOutNotes(
  file: string,
  leftOut: readonly LeftOutFile[],
): { kind: GivenKind; text: string }[] {
  return (['table', 'scenario', 'json'] as const).flatMap((kind) => {
    const names = leftOut.filter((f) => f.kind === kind).map((f) => f.name);
    if (names.length === 0) return [];
    return [{ kind, text: t(keys[kind], { count: names.length, file, files: listed(names) }) }];
  });
}
