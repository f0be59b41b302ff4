import { hagglingPlaces } from '$lib/state/hagglingPlaces';
import { isValid, type NumericSetting } from '$lib/state/settings';

/** A scheme field out of the range Compare runs it in. */
export interface CompareRangeIssue {
  /** The draft's place in the editor. */
  index: number;
  /** The field's path in the scheme, as the checks name paths ('haggling.growth'). */
  path: string;
  setting: NumericSetting;
  /** Compare takes the field as that setting of its panel, rather than only holding it to it. */
  taken: boolean;
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
 * The fields Compare would refuse once the drafts are sent. It takes the first self-set
 * scheme's β as its rate t and the first haggled quota's haggling as settings (settingsFrom),
 * whose ranges are tighter than a scheme file's: a rate of 500% is a valid scheme but no
 * commission rate Compare runs (base pay has the file's range in both). Every other haggling
 * (a second haggled quota, a quota set by haggling) is held to the same ranges, as a file
 * opened on the page is (settingsOnPage). Read from the drafts as typed, so that it is said
 * while a scheme's own checks still fail; a field that is no number yet is left to those checks.
 */
export function outOfCompareRange(drafts: readonly Draft[]): CompareRangeIssue[] {
  const issues: CompareRangeIssue[] = [];
  const check = (
    index: number,
    path: string,
    setting: NumericSetting,
    value: unknown,
    taken: boolean,
  ) => {
    if (typeof value === 'number' && !isValid(setting, value)) {
      issues.push({ index, path, setting, taken });
    }
  };

  const selfSet = drafts.findIndex((d) => d.kind === 'truth-telling');
  if (selfSet >= 0) {
    check(selfSet, 'beta', 'rate', drafts[selfSet].beta, true);
  }
  const quota = drafts.findIndex((d) => d.kind === 'haggled-quota');
  drafts.forEach((draft, index) => {
    for (const { path, haggling } of hagglingPlaces(draft)) {
      const taken = index === quota && path === 'haggling';
      for (const key of hagglingSettings) {
        check(index, `${path}.${key}`, key, haggling[key], taken);
      }
    }
  });
  return issues;
}
