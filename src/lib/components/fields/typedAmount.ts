// Chinese amounts are often written in ten-thousands or hundred-millions: 35万, 1.2亿.
const multiples: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/**
 * An amount as a rep types it: digits with optional thousands separators or spaces, and a
 * trailing 万 or 亿; NaN for anything else, so that "35万" is never read as 35.
 */
export function typedAmount(text: string): number {
  const match = /^([+-]?[\d.]+(?:e[+-]?\d+)?)([万亿]?)$/i.exec(text.replace(/[,\s，]/g, ''));
  if (!match) return Number.NaN;
  const value = Number(match[1]);
  return match[2] ? value * multiples[match[2]] : value;
}
