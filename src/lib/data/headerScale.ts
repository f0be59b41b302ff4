// Units written in a header, as Chinese and English reports do: 销售额（万元）, Sales ($000).
const scales: [pattern: RegExp, scale: number][] = [
  [/亿/, 1e8],
  [/万/, 1e4],
  [/千/, 1e3],
  [/[([](\$|usd|eur|€|£)?\s*(k|000s?|thousands?)[)\]]|in thousands/i, 1e3],
  [/[([](\$|usd|eur|€|£)?\s*(m|mn|mio|millions?)[)\]]|in millions/i, 1e6],
];

/** The factor that turns a column's numbers into plain units, from the unit in its header. */
export function headerScale(header: string | null): number {
  if (header === null) return 1;
  const text = header.normalize('NFKC');
  return scales.find(([pattern]) => pattern.test(text))?.[1] ?? 1;
}
