// Chinese amounts are often written in ten-thousands or hundred-millions (35万, 1.2亿); the
// page's short English figures (pay table heads, chart ticks) in thousands to billions (1.07M).
const multiples: Record<string, number> = { 万: 1e4, 亿: 1e8, k: 1e3, m: 1e6, b: 1e9 };

// A sign, a currency sign as Intl writes money (CN¥, US$, €, $; ¥ once full-width forms are
// folded), a sign, the number, a multiple and a trailing 元.
const pattern =
  /^([+-]?)(?:[A-Z]{0,2}\p{Sc})?([+-]?)(\d*\.?\d+(?:e[+-]?\d+)?|\d+\.)([万亿kmb]?)元?$/iu;

/**
 * An amount as a rep types it or copies it off the page: digits with optional thousands
 * separators or spaces, a currency sign before them, a trailing 万, 亿, K, M or B and 元,
 * full-width digits and the minus sign U+2212; NaN for anything else, so that "35万" is never
 * read as 35. The currency sign is not checked against the data's: one amount copied from the
 * English page (CN¥) into the Chinese one (¥) means the same.
 */
export function typedAmount(text: string): number {
  // Only the full-width forms an IME types are folded (U+FF01–FF5E to ASCII, ￥ to ¥); NFKC
  // would also turn 10² into 102.
  const folded = text
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\uffe5/g, '\u00a5')
    .replace(/\u2212/g, '-')
    .replace(/[,\s]/g, '');
  const match = pattern.exec(folded);
  if (!match || (match[1] && match[2])) return Number.NaN;
  const [, before, after, digits, multiple] = match;
  const value = Number(digits) * (before + after === '-' ? -1 : 1);
  return multiple ? value * multiples[multiple.toLowerCase()] : value;
}
