import { MAX_TEXT_BYTES } from '../data/constants';
import { decodeBytes } from '../data/decode';
import { jsonKind, opensAsJson } from '../data/jsonFile';

/** A file given to the import: a table to read, a scenario file, or other JSON. */
export type GivenKind = 'table' | 'scenario' | 'json';

/** A file given with the one imported and left out, with what it is. */
export interface LeftOutFile {
  name: string;
  kind: GivenKind;
}

/** Bytes enough to see whether a file opens as JSON. */
const HEAD_BYTES = 4096;

/**
 * What a file is, from its text where it opens as JSON; a table otherwise. A file over the
 * text limit is left to the import to refuse by its size, not read whole here.
 */
export async function givenKind(file: File): Promise<GivenKind> {
  if (file.size > MAX_TEXT_BYTES) return 'table';
  const head = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
  if (!opensAsJson(head)) return 'table';
  const bytes = new Uint8Array(await file.arrayBuffer());
  return jsonKind(decodeBytes(bytes).text) ?? 'table';
}

/**
 * The file to import of several given together (dropped at once): the first table, else the
 * first scenario, else the first file, so that a scenario dropped with tables never takes a
 * table's place and one dropped with other JSON is still offered to open. The others are named
 * with what each is, for the dialog to say why it was left out.
 */
export async function pickImportFile(
  files: readonly File[],
): Promise<{ file: File; leftOut: LeftOutFile[] } | null> {
  if (files.length === 0) return null;
  // One file is read alone by the import itself, whatever it is.
  if (files.length === 1) return { file: files[0], leftOut: [] };
  const kinds = await Promise.all(files.map(givenKind));
  const table = kinds.indexOf('table');
  const chosen = table >= 0 ? table : Math.max(kinds.indexOf('scenario'), 0);
  const leftOut = files.flatMap((f, i) => (i === chosen ? [] : [{ name: f.name, kind: kinds[i] }]));
  return { file: files[chosen], leftOut };
}
