import type { DataWarning } from '$lib/data/warnings';
import { fmt, listedQuoted, t } from '$lib/i18n/i18n.svelte';

/** A calibration warning in the reader's language, worded through the catalogs. */
export function dataWarning(warning: DataWarning): string {
  switch (warning.code) {
    case 'shortGrain':
      return t(`data.warning.shortGrain.${warning.params.grain}`, {
        count: warning.params.days,
      });
    case 'noSeasons':
      return t('data.warning.noSeasons', { count: warning.params.months });
    case 'noTrend':
      return t('data.warning.noTrend');
    case 'gaps':
      return t('data.warning.gaps', {
        count: warning.params.gaps,
        expected: fmt(warning.params.expected, 'count'),
      });
    case 'emptyPeriods':
      return t('data.warning.emptyPeriods', { count: warning.params.empty });
    case 'noSales':
      return t('data.warning.noSales', { reps: listedQuoted(warning.params.reps) });
    case 'thinReps':
      return t('data.warning.thinReps', {
        count: warning.params.count,
        below: fmt(warning.params.below, 'count'),
        reps: listedQuoted(warning.params.reps),
      });
  }
}
