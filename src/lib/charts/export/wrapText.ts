/**
 * Breaks each line so that none is wider than `width` as `measure` reports it: at the last place
 * that fits where a line may break (breakable), or between any two characters where there is
 * none. A single character wider than `width` stays on a line of its own.
 */
export function wrapText(
  lines: string[],
  width: number,
  measure: (text: string) => number,
): string[] {
  return lines.flatMap((line) => wrapOne(line, width, measure));
}

// Chinese characters and the full-width forms and punctuation written with them.
const chinese = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/u;
// Punctuation that never starts a line, and that never ends one.
const noStart = /[，。、；：？！）》」』〉”’%]/u;
const noEnd = /[（《「『〈“‘]/u;

/**
 * Whether a line may break before `chars[at]`: at a space, so English words stay whole, or next
 * to a Chinese character, as Chinese has no spaces between words, though a note in Chinese still
 * has some around numbers and symbols; never before closing punctuation or after opening.
 */
function breakable(chars: string[], at: number): boolean {
  const [before, after] = [chars[at - 1], chars[at]];
  if (after === ' ' || before === ' ') return true;
  if (!chinese.test(before) && !chinese.test(after)) return false;
  return !noStart.test(after) && !noEnd.test(before);
}

function wrapOne(line: string, width: number, measure: (text: string) => number): string[] {
  const out: string[] = [];
  let rest = line;
  while (measure(rest) > width) {
    const chars = Array.from(rest);
    let fit = 1;
    while (fit < chars.length && measure(chars.slice(0, fit + 1).join('')) <= width) fit++;

    let cut = fit;
    while (cut > 1 && !breakable(chars, cut)) cut--;
    if (cut === 1 && !breakable(chars, 1)) cut = fit;
    out.push(chars.slice(0, cut).join('').trimEnd());
    rest = chars.slice(cut).join('').trimStart();
  }
  if (rest !== '' || out.length === 0) out.push(rest);
  return out;
}
