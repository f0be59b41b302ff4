import { MAX_ERRORS } from '../constants';
import { note, type ImportMessage } from '../importMessages';
import type { DateOrder } from '../sql/parseMacrosSql';
import type { Table } from '../sheets/table';
import type { AssignmentMapping } from './assignmentColumns';
import { isoDay, spanDates } from './spanDates';

/** One rep in one group from `start` to `end` (day numbers, both included; null: still there). */
export interface Span {
  rep: string;
  group: string;
  start: number;
  end: number | null;
  /** The source row, for messages. */
  row: number;
}

export interface Assignments {
  fileName: string;
  mapping: AssignmentMapping;
  /** By rep, then start. */
  spans: Span[];
}

export type AssignmentsOutcome =
  { ok: true; assignments: Assignments } | { ok: false; errors: ImportMessage[] };

export interface ReadChoice {
  dateOrder?: DateOrder;
  date1904?: boolean;
}

/**
 * The spans of an assignment table, checked: every row needs a rep, a group and a readable
 * start; an end, when given, is readable and not before the start; one rep's spans do not
 * overlap. Without an end column each span ends the day before the rep's next one starts.
 * Problems name file, row, column and value, the first MAX_ERRORS of them.
 */
export function readAssignments(
  source: string,
  table: Table,
  mapping: AssignmentMapping,
  choice: ReadChoice = {},
): AssignmentsOutcome {
  const at = (header: string | null) => (header === null ? -1 : table.headers.indexOf(header));
  const cell = (cells: string[], i: number) => (i < 0 ? '' : (cells[i] ?? '').trim());
  const [rep, group, start, end] = [mapping.rep, mapping.group, mapping.start, mapping.end].map(at);
  const column = (i: number) => table.headers[i] ?? '';

  if (table.rows.length === 0)
    return { ok: false, errors: [note('assignNoRows', { file: source })] };
  const errors: ImportMessage[] = [];
  const dates = (i: number) => {
    const read = spanDates(
      table.rows.map((r) => cell(r.cells, i)),
      choice.dateOrder,
      choice.date1904,
    );
    if (read.ok) return read.days;
    const code = read.problem === 'mixed' ? 'dateOrderMixed' : 'dateOrderAmbiguous';
    errors.push(note(code, { file: source, column: column(i), value: read.value }));
    return null;
  };
  const starts = dates(start);
  const ends = end < 0 ? table.rows.map(() => null) : dates(end);
  if (!starts || !ends) return { ok: false, errors };

  const spans: Span[] = [];
  table.rows.forEach(({ row, cells }, k) => {
    const fail = (i: number, code: 'spanEmpty' | 'badDate', role: string) =>
      errors.push(
        note(code, { file: source, row, column: column(i), value: cell(cells, i), role }),
      );
    if (cell(cells, rep) === '') return fail(rep, 'spanEmpty', 'rep');
    if (cell(cells, group) === '') return fail(group, 'spanEmpty', 'group');
    const [from, to] = [starts[k], ends[k]];
    if (from === null)
      return fail(start, cell(cells, start) ? 'badDate' : 'spanEmpty', 'start date');
    if (to === null && cell(cells, end) !== '') return fail(end, 'badDate', 'end date');
    if (to !== null && to < from) {
      const params = { file: source, row, column: column(end), value: cell(cells, end) };
      return errors.push(note('spanEndsBefore', { ...params, start: cell(cells, start) }));
    }
    spans.push({ rep: cell(cells, rep), group: cell(cells, group), start: from, end: to, row });
  });

  const sorted = spans.sort((a, b) => a.rep.localeCompare(b.rep) || a.start - b.start);
  if (end < 0) closeSpans(sorted);
  for (const [a, b] of pairs(sorted)) {
    if (a.end !== null && a.end < b.start) continue;
    const [r, s] = [b.row, column(start)];
    const params = { file: source, row: r, column: s, value: isoDay(b.start), other: a.row };
    const same = { ...params, rep: a.rep, group: a.group };
    if (a.group === b.group && a.start === b.start && a.end === b.end) {
      errors.push(note('spanDuplicate', same));
    } else if (a.end === null) errors.push(note('spanOverlapOpen', same));
    else errors.push(note('spanOverlap', { ...same, until: isoDay(a.end) }));
  }

  if (errors.length > 0) return { ok: false, errors: capped(source, errors) };
  return { ok: true, assignments: { fileName: source, mapping, spans: sorted } };
}

/** Consecutive spans of the same rep. */
function pairs(spans: Span[]): [Span, Span][] {
  return spans.flatMap((b, i) => {
    const a = spans[i - 1];
    return a && a.rep === b.rep ? [[a, b] as [Span, Span]] : [];
  });
}

/** Start dates only: a span lasts until the rep's next one starts; the last stays open. */
function closeSpans(spans: Span[]): void {
  for (const [a, b] of pairs(spans)) if (b.start > a.start) a.end = b.start - 1;
}

function capped(source: string, errors: ImportMessage[]): ImportMessage[] {
  if (errors.length <= MAX_ERRORS) return errors;
  const more = errors.length - MAX_ERRORS;
  return [...errors.slice(0, MAX_ERRORS), note('moreBad', { file: source, count: more })];
}
