import { noteText, type DataNote } from '../lib/data/dataNote';

/** A line the CLI prints: the data layer's note, or a line of its own (a path it cannot read). */
export type CliNote = string | DataNote;

/** The lines in English, as the CLI prints them and --json writes them. */
export function noteLines(notes: readonly CliNote[]): string[] {
  return notes.map((note) => (typeof note === 'string' ? note : noteText(note)));
}
