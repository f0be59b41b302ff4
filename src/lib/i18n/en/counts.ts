/**
 * Counts with their noun, in every plural form English has, for messages that hold more than
 * one count ("over 1 trial of 12 periods for 30 reps").
 */
export const enCounts = {
  'count.reps_one': '{{count, number}} rep',
  'count.reps_other': '{{count, number}} reps',
  'count.trials_one': '{{count, number}} trial',
  'count.trials_other': '{{count, number}} trials',
  'count.periods_one': '{{count, number}} period',
  'count.periods_other': '{{count, number}} periods',
  'count.years_one': '{{count, number}} year',
  'count.years_other': '{{count, number}} years',
  'count.schemes_one': '{{count, number}} scheme',
  'count.schemes_other': '{{count, number}} schemes',
  'count.values_one': '{{count, number}} value',
  'count.values_other': '{{count, number}} values',
  'count.groups_one': '{{count, number}} group',
  'count.groups_other': '{{count, number}} groups',
  'count.moves_one': '{{count, number}} move',
  'count.moves_other': '{{count, number}} moves',
  'count.openAssignments_one': '{{count, number}} assignment still running',
  'count.openAssignments_other': '{{count, number}} assignments still running',
} as const;
