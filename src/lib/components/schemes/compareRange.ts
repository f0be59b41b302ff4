import { isValid, type NumericSetting } from '$lib/state/settings';

/** A scheme field whose value Compare takes as one of its settings, out of that setting's range. */
export interface CompareRangeIssue {
  /** The draft's place in the editor. */
  index: number;
  /** The field's path in the scheme, as the checks name paths ('haggling.growth'). */
  path: string;
  setting: NumericSetting;
}

type Draft = Readonly<Record<string, unknown>>;

const hagglingSettings = [
  'repOpening',
  'bossOpening',
  'bossPower',
  'bossNoise',
  'growth',
] as const satisfies readonly NumericSetting[];

/**
 * The fields Compare would refuse once the drafts are sent: it takes the first self-set
 * scheme's β as its rate t and the first haggled quota's haggling as settings (settingsFrom),
 * whose ranges are tighter than a scheme file's: a rate of 500% is a valid scheme but no
 * commission rate Compare runs (base pay has the file's range in both). Read from the drafts as
 * typed, so that it is said while a scheme's own checks still fail; a field that is no number
 * yet is left to those checks.
 */
export function outOfCompareRange(drafts: readonly Draft[]): CompareRangeIssue[] {
  const issues: CompareRangeIssue[] = [];
  const check = (index: number, path: string, setting: NumericSetting, value: unknown) => {
    if (typeof value === 'number' && !isValid(setting, value)) {
      issues.push({ index, path, setting });
    }
  };

  const selfSet = drafts.findIndex((d) => d.kind === 'truth-telling');
  if (selfSet >= 0) {
    check(selfSet, 'beta', 'rate', drafts[selfSet].beta);
  }
  const quota = drafts.findIndex((d) => d.kind === 'haggled-quota');
  const haggling = quota >= 0 ? drafts[quota].haggling : undefined;
  if (typeof haggling === 'object' && haggling !== null) {
    for (const key of hagglingSettings) {
      check(quota, `haggling.${key}`, key, (haggling as Draft)[key]);
    }
  }
  return issues;
}
