/**
 * Breaks each line so that none is wider than `width` as `measure` reports it: at the last space
 * that fits, or between any two characters where there is none (Chinese has no spaces between
 * words). A single character wider than `width` stays on a line of its own.
 */
export function wrapText(
  lines: string[],
  width: number,
  measure: (text: string) => number,
): string[] {
  return lines.flatMap((line) => wrapOne(line, width, measure));
}

function wrapOne(line: string, width: number, measure: (text: string) => number): string[] {
  const out: string[] = [];
  let rest = line;
  while (measure(rest) > width) {
    const chars = Array.from(rest);
    let fit = 1;
    while (fit < chars.length && measure(chars.slice(0, fit + 1).join('')) <= width) fit++;

    // Prefer the last space inside what fits, so English words stay whole.
    const head = chars.slice(0, fit).join('');
    const space = head.lastIndexOf(' ');
    const cut = space > 0 && chars[fit] !== ' ' ? space : head.length;
    out.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest !== '' || out.length === 0) out.push(rest);
  return out;
}
