import type { Translation } from '../en';
import type { enCounts } from '../en/counts';

/** 计数及其量词；中文没有单复数之分，只需 `_other` 一种形式。 */
export const zhCounts: Translation<typeof enCounts> = {
  'count.reps_other': '{{count, number}} 位代表',
  'count.trials_other': '{{count, number}} 次试验',
  'count.periods_other': '{{count, number}} 期',
  'count.years_other': '{{count, number}} 年',
  'count.schemes_other': '{{count, number}} 种方案',
  'count.values_other': '{{count, number}} 个取值',
  'count.groups_other': '{{count, number}} 个组',
  'count.moves_other': '{{count, number}} 次调动',
  'count.openAssignments_other': '{{count, number}} 项分配仍在进行',
};
