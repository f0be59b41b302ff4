/**
 * An independent, loop-by-loop calibration in plain TypeScript, following the method written in
 * the SQL builders' doc comments, to check the SQL against. Months only, rows already parsed.
 */
export interface MonthRow {
  rep: string;
  /** Month index: year · 12 + month − 1. */
  m: number;
  sales: number;
  target: number | null;
}

export interface ReferenceRep {
  rep: string;
  n: number;
  g: number;
  factors: number[];
  ownSeason: boolean;
  level: number;
  tauBar: number;
  sigma: number;
  mape: number | null;
  bias: number | null;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const varSamp = (xs: number[]) => {
  const mu = mean(xs);
  return xs.reduce((a, x) => a + (x - mu) ** 2, 0) / (xs.length - 1);
};

/** Years since 1970 of the first day of month index `m`, as days / 365.25. */
export const tauOfMonth = (m: number) =>
  Date.UTC(Math.floor(m / 12), m % 12, 1) / 86_400_000 / 365.25;

export function referenceMonthly(
  rows: MonthRow[],
  priorDof: number,
): {
  reps: ReferenceRep[];
  pooled: number[];
} {
  const months = [...new Set(rows.map((r) => r.m))].sort((a, b) => a - b);
  const names = [...new Set(rows.map((r) => r.rep))].sort();

  const series = names.map((rep) => {
    const own = rows.filter((r) => r.rep === rep);
    const first = Math.min(...own.map((r) => r.m));
    return months
      .filter((m) => m >= first)
      .map((m) => {
        const hit = own.filter((r) => r.m === m);
        const targets = hit.filter((r) => r.target !== null).map((r) => r.target as number);
        return {
          m,
          y: hit.reduce((a, r) => a + r.sales, 0),
          target: targets.length ? targets.reduce((a, b) => a + b, 0) : null,
          tau: tauOfMonth(m),
          q: Math.floor((m % 12) / 3),
        };
      });
  });

  // Trend: mean 12-month log difference, shrunk by normal-normal empirical Bayes.
  const raw = series.map((s) => {
    const d: number[] = [];
    for (const p of s) {
      const back = s.find((o) => o.m === p.m - 12);
      if (back && p.y > 0 && back.y > 0) d.push(Math.log(p.y) - Math.log(back.y));
    }
    if (d.length < 2) return null;
    return { g: mean(d), se2: (varSamp(d) * Math.min(12, d.length)) / d.length ** 2 };
  });
  const owned = raw.filter((r) => r !== null);
  const gPop = mean(owned.map((r) => r.g));
  const tau2 = Math.max(varSamp(owned.map((r) => r.g)) - mean(owned.map((r) => r.se2)), 0);
  const g = raw.map((r) => (r === null ? gPop : (tau2 * r.g + r.se2 * gPop) / (tau2 + r.se2)));

  // Seasonal factors from detrended, rep-centred logs.
  const centred = series.map((s, i) => {
    const pos = s.filter((p) => p.y > 0);
    const x = pos.map((p) => Math.log(p.y) - g[i] * p.tau);
    const mx = mean(x);
    return pos.map((p, j) => ({ q: p.q, c: x[j] - mx }));
  });
  const factorsOf = (cs: { q: number; c: number }[]) => {
    const e = [0, 1, 2, 3].map((q) => Math.exp(mean(cs.filter((c) => c.q === q).map((c) => c.c))));
    return e.map((v) => v / mean(e));
  };
  const pooled = factorsOf(centred.filter((c) => c.length >= 12).flat());

  const fits = series.map((s, i) => {
    const ownSeason = centred[i].length >= 24;
    const f = ownSeason ? factorsOf(centred[i]) : pooled;
    const tauBar = mean(s.map((p) => p.tau));
    const level = mean(s.map((p) => p.y / (f[p.q] * Math.exp(g[i] * (p.tau - tauBar)))));
    const u = s.filter((p) => p.y > 0).map((p) => Math.log(p.y / f[p.q]) - g[i] * p.tau);
    const ss = u.length > 1 ? varSamp(u) * (u.length - 1) : 0;
    const dof = u.length - 1 - (ownSeason ? 3 : 0);
    const withTarget = s.filter((p) => p.target !== null && p.y > 0);
    const apes = withTarget.map((p) => Math.abs((p.target as number) - p.y) / p.y);
    const biases = withTarget.map((p) => ((p.target as number) - p.y) / p.y);
    return {
      rep: names[i],
      n: s.length,
      g: g[i],
      factors: f,
      ownSeason,
      level,
      tauBar,
      ss,
      dof,
      mape: apes.length ? mean(apes) : null,
      bias: biases.length ? mean(biases) : null,
    };
  });

  // Moderated variance (Smyth 2004): pooled s0² = Σss / Σdof over reps with dof > 0.
  const withDof = fits.filter((f) => f.dof > 0);
  const s0 = withDof.reduce((a, f) => a + f.ss, 0) / withDof.reduce((a, f) => a + f.dof, 0);
  const reps = fits.map(({ ss, dof, ...fit }) => ({
    ...fit,
    sigma: Math.sqrt(dof > 0 ? (ss + priorDof * s0) / (dof + priorDof) : s0),
  }));

  return { reps, pooled };
}
