/**
 * Lists inside the data layer's English messages, which the page reads back to part as the
 * reader's language parts lists. Values are quoted ("Li, Wei", "Wang") so that a value holding
 * ", " stays whole when read back; numbers are parted by ", " alone (rows 2, 38).
 * Shortcoming: a value holding `", "` itself is parted there; the text has no way to tell, until
 * the data layer hands lists over as lists.
 */

/** Values quoted and parted as the English messages write them: "Li, Wei", "Wang". */
export function quotedList(values: readonly string[]): string {
  return values.map((value) => `"${value}"`).join(', ');
}

/** The items of a list an English message wrote, and whether they were quoted. */
export function readList(text: string): { items: string[]; quoted: boolean } {
  if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) {
    return { items: text.slice(1, -1).split('", "'), quoted: true };
  }
  return { items: text.split(', '), quoted: false };
}
