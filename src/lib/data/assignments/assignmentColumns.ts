import { detectColumns, normalizeHeader } from '../columns';

/** The columns of a file saying which group (territory, region, team) each rep was in when. */
export interface AssignmentMapping {
  rep: string;
  group: string;
  start: string;
  /** Absent when the file gives only start dates: each span then ends where the next begins. */
  end: string | null;
}

// Exact names first, then words a header may contain. Chinese terms: 区域/大区/片区 (regions),
// 团队/小组 (teams), 辖区 (territory).
const groupWords = [
  'territory territoryid territoryname region regionid area district team teamid zone branch',
  '销售区域 区域 大区 片区 地区 辖区 团队 小组 分组 部门',
].join(' ');
const startWords =
  'startdate start from validfrom since effective begindate 开始日期 起始日期 ' +
  '生效日期 开始时间 起始时间 开始';
const endWords =
  'enddate end to validto until 结束日期 截止日期 失效日期 结束时间 截止时间 结束 截止';

/**
 * The rep, group, start and end columns of a table that assigns reps to groups over time, or
 * null when it is not one: it needs a rep, a group and a start date, and no amount (a sales
 * file with a region column is a sales file; see detectColumns for the rep's keywords).
 */
export function detectAssignmentColumns(headers: string[]): AssignmentMapping | null {
  const { mapping } = detectColumns(headers);
  if (mapping.sales !== null || mapping.target !== null || mapping.refund !== null) return null;

  const start = findHeader(headers, startWords);
  const end = findHeader(headers, endWords, [start]);
  const group = groupHeader(headers, [start, end]);
  const rep = [mapping.rep, ...headers].find(
    (h) => h !== null && h !== group && h !== start && h !== end && isRepLike(h),
  );
  if (!rep || !group || !start) return null;
  return { rep, group, start, end };
}

/** The first header naming a group (territory, region, team, 区域 …) that is not in `taken`. */
export function groupHeader(headers: string[], taken: (string | null)[] = []): string | null {
  return findHeader(headers, groupWords, taken);
}

function isRepLike(header: string): boolean {
  return detectColumns([header]).mapping.rep === header;
}

/**
 * The first header named exactly by a word, else the first containing one (a Latin word of four
 * letters or more, or any Chinese one); headers in `taken` are skipped.
 */
function findHeader(headers: string[], list: string, taken: (string | null)[] = []): string | null {
  const words = list.split(' ');
  const free = headers.filter((h) => !taken.includes(h));
  const exact = free.find((h) => words.includes(normalizeHeader(h)));
  if (exact) return exact;
  const inside = (h: string, w: string) =>
    (isCjk(w) || w.length > 3) && normalizeHeader(h).includes(w);
  return free.find((h) => words.some((w) => inside(h, w))) ?? null;
}

function isCjk(word: string): boolean {
  return /[\u3400-\u9fff]/.test(word);
}
