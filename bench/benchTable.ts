import { IMPLS, type BenchReport, type ImplRow, type Target } from './benchReport';

/** Above this 1-minute load average something else is using a core of a 2-core machine. */
const BUSY_LOAD = 0.5;

const HEAD = ['impl', 'ns/draw', 'cpu ns', 'mean A (se)', 'mean B (se)', 'ape A', 'ape B', 'check'];

/** The human-readable report of `npm run bench`: one row per implementation, then the goals. */
export function benchTable(report: BenchReport): string {
  const w = report.workload;
  const title =
    `RW1: ${w.reps} reps × ${w.periods} periods × ${w.trials} trials = ` +
    `${w.draws.toLocaleString('en')} draws, seed ${w.seed}`;

  const load = `load average before the runs: ${report.loadAverage.toFixed(2)}`;
  const busy = report.loadAverage > BUSY_LOAD ? ' (busy machine: timings are not reliable)' : '';

  const e = report.exact;
  const exactRow = ['exact', '', '', withSe(e.meanA, e.seA, 7), withSe(e.meanB, e.seB, 5)];
  const rows = [HEAD, [...exactRow, e.apeA.toFixed(7), e.apeB.toFixed(7), 'closed form']];
  for (const impl of IMPLS) rows.push(implCells(impl, report[impl]));

  const verdicts = [...report.targets.map(targetLine), cpuLine(report.ratios)];
  const runs = [runsLine(report), coldLine(report.coldNsPerDraw), identicalLine(report)];
  const skipped = IMPLS.filter((impl) => report[impl].status !== 'ok').map(
    (impl) => `${impl} ${report[impl].status}: ${report[impl].reason}`,
  );
  const notes = [
    'ns/draw, cpu ns: the median of the timed runs; cpu ns is processor time per draw, all',
    'threads (engine2: both workers together).',
    'se: exact = the design’s true standard error; engine = from per-trial totals;',
    'C and NumPy = pooled over all draws (larger: it holds the spread between rep-periods).',
    'check: means and ape within 4 se of the closed form, se within its own sampling error,',
    'histogram counts (C, NumPy) within 5 binomial sd per bin.',
  ];
  return [
    title,
    load + busy,
    '',
    ...align(rows),
    '',
    ...runs,
    '',
    ...verdicts,
    ...skipped,
    '',
    ...notes,
    '',
  ].join('\n');
}

function implCells(impl: string, row: ImplRow): string[] {
  if (row.status !== 'ok' || row.nsPerDraw === null) return [impl, row.status];
  const failed = row.checks.filter((c) => !c.ok).map((c) => c.name);
  return [
    impl,
    row.nsPerDraw.toFixed(1),
    row.cpuNsPerDraw?.toFixed(1) ?? '',
    withSe(row.meanA, row.seA, 7),
    withSe(row.meanB, row.seB, 5),
    row.apeA?.toFixed(7) ?? '',
    row.apeB?.toFixed(7) ?? '',
    failed.length === 0 ? `ok (${row.checks.length})` : `FAILED ${failed.join(' ')}`,
  ];
}

function withSe(mean: number | null, se: number | null, digits: number): string {
  if (mean === null) return '';
  return se === null ? mean.toFixed(digits) : `${mean.toFixed(digits)} (${se.toPrecision(2)})`;
}

function targetLine(t: Target): string {
  const goal = `${t.direction === 'max' ? '≤' : '≥'} ${t.goal.toFixed(3)}`;
  if (t.ratio === null) return `${t.name}: not measured (goal ${goal})`;
  return `${t.name}: ${t.ratio.toFixed(3)} (goal ${goal}: ${t.met ? 'met' : 'missed'})`;
}

/** The goals' two time ratios in processor time, steadier than wall time on a busy machine. */
function cpuLine(r: BenchReport['ratios']): string {
  const show = (x: number | null) => (x === null ? 'n/a' : x.toFixed(3));
  const ratios = `engine/NumPy ${show(r.cpuEngineToNumpy)}, engine/C ${show(r.cpuEngineToC)}`;
  return `in processor time: ${ratios}`;
}

function runsLine(report: BenchReport): string {
  const ran = IMPLS.filter((impl) => report[impl].runsNsPerDraw.length > 0);
  const each = ran.map((impl) => {
    const times = report[impl].runsNsPerDraw.map((ns) => ns.toFixed(1));
    return `${impl} ${times.join(' ')}`;
  });
  return `every timed run, ns/draw: ${each.length > 0 ? each.join(' · ') : 'none'}`;
}

function coldLine(cold: BenchReport['coldNsPerDraw']): string {
  const show = (ns: number | null) => (ns === null ? 'n/a' : ns.toFixed(1));
  const figures = `engine1 ${show(cold.engine1)}, engine2 ${show(cold.engine2)} ns/draw`;
  return `first runs in the process (V8 still compiling; not judged): ${figures}`;
}

function identicalLine(report: BenchReport): string {
  const verdict =
    report.engineIdentical === null
      ? 'not all of them ran'
      : report.engineIdentical
        ? 'bit-identical'
        : 'DIFFERENT (a defect)';
  return `engine figures, 1 and 2 workers, every run: ${verdict}`;
}

function align(rows: string[][]): string[] {
  const widths = HEAD.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) =>
    r
      .map((cell, c) => cell.padEnd(widths[c]))
      .join('  ')
      .trimEnd(),
  );
}
