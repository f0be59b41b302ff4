/** Defaults and thresholds of the data layer, in one place. */

/**
 * How long the browser waits for DuckDB to instantiate once its wasm is downloaded (1.1–1.7 s
 * measured in Chromium).
 */
export const DB_START_TIMEOUT_MS = 30_000;

/** Rows shown in the mapping step's preview. */
export const PREVIEW_ROWS = 20;

/** How many bad values are spelled out before the rest are only counted. */
export const MAX_ERRORS = 20;

/** Distinct status values listed for the user; more than this is not a status column. */
export const MAX_STATUSES = 50;

/** A history spanning at least this many calendar months is fitted by month. */
export const MONTH_GRAIN_MIN_MONTHS = 6;

/** Otherwise a history spanning at least this many days (six weeks) is fitted by week. */
export const WEEK_GRAIN_MIN_DAYS = 42;

/** Simulated horizon: a year at monthly grain, else this many periods of the grain. */
export const HORIZON_MONTHS = 12;
export const HORIZON_SHORT_PERIODS = 4;

/** Quarters simulated when the user fits by quarter: one (fiscal) year. */
export const HORIZON_QUARTERS = 4;

/** A rep with fewer sale periods than this leans on the population and is marked thin. */
export const THIN_PERIODS = { quarter: 4, month: 12, week: 6, day: 7 } as const;

/** Per-rep seasonal factors need two years per rep; shorter histories use pooled factors. */
export const OWN_SEASON_MIN_PERIODS = 24;
export const OWN_SEASON_MIN_QUARTERS = 8;

/** Seasonal factors are fitted only when the data spans at least a year of months. */
export const SEASON_MIN_MONTHS = 12;

/**
 * Prior degrees of freedom of the population variance in the moderated sigma
 * s̃² = (d·s² + d0·s0²) / (d + d0) (Smyth 2004, Stat. Appl. Genet. Mol. Biol. 3(1)): the
 * population counts as much as this many periods of a rep's own history.
 */
export const SIGMA_PRIOR_DOF = 4;

/** Log volatility used when no rep has two sale periods to estimate one from. */
export const FALLBACK_SIGMA = 0.25;

/**
 * Limits checked before any parsing, so that a file too big for a browser tab is refused in
 * words at once (see docs/reliability.md). A 100 MB CSV is about 3.7 million rows of
 * rep,month,sales,target; Chromium imported a 200 MB one in ~45 s, but the tab then holds the
 * text, DuckDB's copy and the table at once, so half of that is the bound.
 */
export const MAX_TEXT_BYTES = 100_000_000;

/** A workbook expands 5–10 times when parsed and is parsed on one thread: a fifth of text's. */
export const MAX_WORKBOOK_BYTES = 20_000_000;

/** Columns of one table: 1,000 is 83 years of months in a wide sheet. */
export const MAX_COLUMNS = 1_000;

/** Data rows of one table, counted from line ends before parsing. */
export const MAX_ROWS = 5_000_000;

/**
 * Time a workbook may take to parse, in its own thread, before it is stopped: SheetJS loops for
 * ever on some damaged zips. The base covers start-up on a busy machine; the rest scales with
 * size (a 1 MB workbook parses in well under a second).
 */
export const WORKBOOK_PARSE_MS = { base: 8_000, perMegabyte: 2_000 } as const;

/** A quoted cell running over more line breaks than this is a missing quote, not a note. */
export const MAX_QUOTED_LINES = 20;

/** Months outside these years are placeholders or broken serials, not sales history. */
export const PLAUSIBLE_YEARS = { from: 1950, to: 2100 } as const;

/** Reps named in a notice before the rest are only counted. */
export const MAX_REPS_NAMED = 5;

/** Negative sales spelled out before the rest are only counted. */
export const MAX_NEGATIVE_NOTES = 5;

/**
 * A rep-period whose sales lie this far from the rep's median, on a log scale, is named as a
 * likely outlier: at least `ratio` times above or below it and more than `mads` robust standard
 * deviations (1.4826 median absolute deviations of log sales) away, among reps with at least
 * `minPeriods` periods with sales. It stays in the fit; the note asks the user to check it.
 */
export const OUTLIER_RULE = { ratio: 4, mads: 3.5, minPeriods: 5 } as const;
