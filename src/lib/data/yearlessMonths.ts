import { MIN_PERIOD_COLUMNS } from './sheets/unpivot';

const monthNames =
  'january february march april may june july august september october november december'.split(
    ' ',
  );
const chineseMonths = '一 二 三 四 五 六 七 八 九 十 十一 十二'.split(' ');

/** Whether a header names a month and no year: 1月, 十二月, 3月份, Jan, Sept., December. */
function isYearlessMonth(header: string): boolean {
  const text = header.normalize('NFKC').trim().toLowerCase().replace(/\.$/, '');
  const chinese = /^(.{1,2})月份?$/.exec(text);
  if (chinese) {
    const number = Number(chinese[1]);
    return (
      chineseMonths.includes(chinese[1]) ||
      (Number.isInteger(number) && number >= 1 && number <= 12)
    );
  }
  return text.length >= 3 && monthNames.some((name) => name.startsWith(text));
}

/**
 * The headers that name months without a year, when enough do for a table with one column per
 * month; none otherwise. Such a table cannot be read as periods: its months have no year.
 */
export function yearlessMonths(headers: string[]): string[] {
  const months = headers.filter(isYearlessMonth);
  return months.length >= MIN_PERIOD_COLUMNS ? months : [];
}
