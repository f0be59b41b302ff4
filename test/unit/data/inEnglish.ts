import { noteText, type DataNote } from '$lib/data/dataNote';

const isNote = (value: object): value is DataNote => 'code' in value && 'params' in value;

/**
 * A value with every note of the data layer in it worded in English, as the CLI prints it, so
 * that a test can hold an outcome to the text a user reads.
 */
export function inEnglish(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(inEnglish);
  if (value === null || typeof value !== 'object') return value;
  if (isNote(value)) return noteText(value);
  return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, inEnglish(v)]));
}
