/**
 * Compact figures in one unit. Intl picks the unit of each figure by its own size, so an axis
 * from 0 to 20,000 reads "0, 5000, 1万, 1.5万, 2万" in Chinese and "0, 500, 1K, 1.5K" in
 * English from 0 to 2,000; written in the unit of the axis's largest tick they read "0.5万",
 * "0.5K" as their neighbours do.
 */

const numberParts = new Set(['integer', 'group', 'decimal', 'fraction']);

/**
 * `value` written by `compact` (a formatter with compact notation) in the unit `top` takes, with
 * the same sign, currency and spacing; as `compact` writes it when `top` needs no unit (below
 * 10,000 in Chinese, 1,000 in English) or `value` is 0.
 */
export function inUnitOf(
  compact: Intl.NumberFormat,
  locale: string,
  value: number,
  top: number,
): string {
  const topParts = compact.formatToParts(value < 0 ? -Math.abs(top) : Math.abs(top));
  if (value === 0 || !topParts.some((part) => part.type === 'compact')) {
    return compact.format(value);
  }
  // The unit is the power of ten between top and the number written for it (1.5 for 15,000).
  const written = Number(
    topParts
      .map((part) => (part.type === 'decimal' ? '.' : part.type === 'group' ? '' : part.value))
      .filter((_, i) => numberParts.has(topParts[i].type))
      .join(''),
  );
  const unit = 10 ** Math.round(Math.log10(Math.abs(top) / written));
  const { maximumSignificantDigits } = compact.resolvedOptions();
  const number = new Intl.NumberFormat(locale, { maximumSignificantDigits })
    .formatToParts(Math.abs(value) / unit)
    .filter((part) => numberParts.has(part.type))
    .map((part) => part.value)
    .join('');
  const first = topParts.findIndex((part) => numberParts.has(part.type));
  const rest = topParts.slice(first).findIndex((part) => !numberParts.has(part.type));
  const end = rest < 0 ? topParts.length : first + rest;
  const text = (parts: Intl.NumberFormatPart[]) => parts.map((part) => part.value).join('');
  return text(topParts.slice(0, first)) + number + text(topParts.slice(end));
}
