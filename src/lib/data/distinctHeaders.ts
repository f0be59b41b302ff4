/** A column's letter as spreadsheets write it: 0 is A, 25 is Z, 26 is AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/**
 * Headers that tell every column apart, since a role is chosen by its column's header: a header
 * written again, or none, is named with the letter of its column, "sales (D)" or "(E)".
 * The first column of a header keeps it as written, so a mapping made before still reads the
 * same column; headers that already differ come back unchanged, so naming twice changes nothing.
 */
export function distinctHeaders(headers: string[]): string[] {
  const seen = new Set<string>();
  const taken = new Set(headers);
  return headers.map((header, i) => {
    if (header !== '' && !seen.has(header)) {
      seen.add(header);
      return header;
    }
    const letter = `(${columnLetter(i)})`;
    let name = header === '' ? letter : `${header} ${letter}`;
    // A file may already have a header that reads like the name made here.
    while (taken.has(name) || seen.has(name)) name = `${name} ${letter}`;
    seen.add(name);
    return name;
  });
}
