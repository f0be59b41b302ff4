import type { DateOrder } from '../sql/parseMacrosSql';

/** A column of dates read as days since 1970-01-01 (UTC), null where a cell cannot be read. */
export type SpanDates =
  | { ok: true; days: (number | null)[] }
  | { ok: false; problem: 'mixed' | 'ambiguous'; value: string };

const MONTHS = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');
const DAY_MS = 86_400_000;

// Excel serials of 1900-01-01 and 9999-12-31; day 25569 is 1970-01-01 in the 1900 system.
const SERIAL_MIN = 1;
const SERIAL_MAX = 2_958_465;
const SERIAL_EPOCH = 25_569;
const SYSTEM_1904_SHIFT = 1_462;

/**
 * The dates of a start or end column, each as a day number: ISO (2011-05-31), 2011/5/31,
 * 2011年5月31日, May 31 2011 12:00AM, 31 May 2011, year-months (2011-05: its first day) and
 * Excel serials. Numbers-only dates such as 3/4/2024 take one order for the whole column,
 * decided by a part over 12; a column that cannot decide needs `order`. The time of day is
 * ignored: an assignment holds from its start day to its end day, both included.
 */
export function spanDates(values: string[], order?: DateOrder, date1904 = false): SpanDates {
  const decided = order ?? columnOrder(values);
  if (decided !== null && typeof decided === 'object') return { ok: false, ...decided };
  return { ok: true, days: values.map((v) => dayOf(v.trim(), decided, date1904)) };
}

/** Days since 1970-01-01 as YYYY-MM-DD. */
export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function columnOrder(
  values: string[],
): DateOrder | null | { problem: 'mixed' | 'ambiguous'; value: string } {
  const pairs = values.flatMap((v) => {
    const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/.exec(v.trim());
    return m ? [{ value: v.trim(), a: Number(m[1]), b: Number(m[2]) }] : [];
  });
  const dayFirst = pairs.find((p) => p.a > 12);
  const monthFirst = pairs.find((p) => p.b > 12);
  if (dayFirst && monthFirst) return { problem: 'mixed', value: dayFirst.value };
  if (dayFirst) return 'dmy';
  if (monthFirst) return 'mdy';
  const unclear = pairs.find((p) => p.a !== p.b);
  return unclear ? { problem: 'ambiguous', value: unclear.value } : null;
}

function dayOf(text: string, order: DateOrder | null, date1904: boolean): number | null {
  let m = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?(?:[ T]\S.*)?$/.exec(text);
  if (m) return utcDay(Number(m[1]), Number(m[2]), Number(m[3] ?? 1));

  m = /^(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?/.exec(text.normalize('NFKC'));
  if (m) return utcDay(Number(m[1]), Number(m[2]), Number(m[3] ?? 1));

  m = /^([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})\b/.exec(text);
  if (m) return utcDay(Number(m[3]), monthNumber(m[1]), Number(m[2]));

  m = /^(\d{1,2})[\s-]([A-Za-z]{3})[a-z]*\.?[\s-](\d{4})\b/.exec(text);
  if (m) return utcDay(Number(m[3]), monthNumber(m[2]), Number(m[1]));

  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/.exec(text);
  if (m && (order !== null || m[1] === m[2])) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    return order === 'dmy' ? utcDay(Number(m[3]), b, a) : utcDay(Number(m[3]), a, b);
  }

  if (/^\d{1,7}(\.\d+)?$/.test(text)) return serialDay(Number(text), date1904);
  return null;
}

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.toLowerCase()) + 1;
}

/** Null for a date that does not exist (month 13, 30 February). */
function utcDay(year: number, month: number, day: number): number | null {
  const ms = Date.UTC(year, month - 1, day);
  const date = new Date(ms);
  const real = date.getUTCMonth() === month - 1 && date.getUTCDate() === day && year >= 1000;
  return real ? ms / DAY_MS : null;
}

/** Excel's 1900 system counts a 29 February 1900 that never was: serials from 61 are one over. */
function serialDay(serial: number, date1904: boolean): number | null {
  if (serial < SERIAL_MIN || serial > SERIAL_MAX) return null;
  const whole = Math.floor(serial);
  if (date1904) return whole + SYSTEM_1904_SHIFT - SERIAL_EPOCH;
  return (whole < 61 ? whole + 1 : whole) - SERIAL_EPOCH;
}
