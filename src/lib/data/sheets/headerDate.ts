import { serialDate } from './readWorkbook';

const months = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');
const two = (n: number) => String(n).padStart(2, '0');

/**
 * The date (YYYY-MM-DD) a wide layout's column header names, or null: a date as a date cell
 * reads (2023-01-01), a month (2023-01, 2023/1, 2023年1月, Jan-23, Jan 2023: its 1st), or an
 * Excel serial day in the given date system.
 */
export function headerDate(header: string, date1904 = false): string | null {
  const text = header.normalize('NFKC').trim();
  let match: RegExpMatchArray | null;

  if (/^\d{5}$/.test(text)) return headerDate(serialDate(Number(text), date1904));
  if ((match = text.match(/^(\d{4})[-/.年](\d{1,2})(?:[-/.月](\d{1,2})?[日号]?)?( \d+:\d+)?$/))) {
    return dateOf(Number(match[1]), Number(match[2]), Number(match[3] ?? 1));
  }
  if ((match = text.match(/^([A-Za-z]{3})[A-Za-z]*\.?[- ']?(\d{2}|\d{4})$/))) {
    const month = months.indexOf(match[1].toLowerCase()) + 1;
    const year = Number(match[2]) + (match[2].length === 2 ? 2000 : 0);
    return month > 0 ? dateOf(year, month, 1) : null;
  }
  return null;
}

function dateOf(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  const valid = date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  if (!valid || year < 1900 || year > 2100) return null;
  return `${year}-${two(month)}-${two(day)}`;
}
