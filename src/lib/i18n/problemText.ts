/**
 * Puts the engine's validation messages into the reader's language. The engine writes them in
 * English for the CLI, from a closed set of sentence frames (schemes/schema/fields.ts and
 * schemeChecks.ts); each frame here is a key of the `problem.*` catalogs with the parts it
 * names, so `schemes[0].rate: expected a number ≥ 0, saw -1` reads back as
 * `problem.expected` with `what` = `problem.what.nonNegative` and `seen` = `-1`.
 *
 * Shortcoming: the frames are matched on the English text, so a new sentence in the engine
 * stays English here until a frame is added; the unit test feeds every frame the engine has
 * and fails on one that is not read back. Field paths and the values seen are kept as written.
 */
import type { MessageKey } from './en';

export type Translate = (key: MessageKey, vars?: Record<string, string>) => string;

interface Frame {
  key: MessageKey;
  pattern: RegExp;
}

const tagList = /^"[^"]*"(?:, "[^"]*")* or "[^"]*"$/;

const frames: readonly Frame[] = [
  { key: 'problem.required', pattern: /^expected a value \(the field is required\), saw nothing$/ },
  { key: 'problem.skuShare', pattern: /^expected a share > 0: a SKU .* saw 0$/ },
  {
    key: 'problem.expectedBecause',
    pattern: /^expected (?<what>.+), saw (?<seen>.+) \((?<reason>or the rep gains [^)]*)\)$/,
  },
  { key: 'problem.expected', pattern: /^expected (?<what>.+?), saw (?<seen>.+)$/s },
  { key: 'problem.unknownField', pattern: /^unknown field, expected one of: (?<keys>.*)$/ },
  { key: 'problem.json', pattern: /^not valid JSON \((?<detail>.*)\)$/s },
  {
    key: 'problem.statedTotal',
    pattern:
      /^the quota's (?<count>\S+) periods add up to (?<sum>\S+), .* total is (?<stated>\S+);/,
  },
  {
    key: 'problem.gridFalls',
    pattern: /^the bonus falls from (?<from>\S+) to (?<to>\S+) as .* (?<low>\S+) to (?<high>\S+): /,
  },
  { key: 'problem.noRewardAboveTarget', pattern: /^alpha is 0: doing more than the target/ },
  {
    key: 'problem.ratesOutOfOrder',
    pattern:
      /^the rates must rise .* alpha is (?<alpha>\S+), beta (?<beta>\S+) and gamma (?<gamma>\S+):/,
  },
  {
    key: 'problem.floorMovesTargetMedian',
    pattern:
      /^the floor.* (?<sigma>\S+) reports the (?<quantile>\S+) .* the (?<fractile>\S+) quantile \(/,
  },
  {
    key: 'problem.floorMovesTarget',
    pattern:
      /^the floor.* (?<sigma>\S+) reports the (?<quantile>\S+) .* the (?<fractile>\S+) quantile\.$/,
  },
];

/** Phrases that fill `{{what}}`: fixed ones first, then those with parts of their own. */
const whats: readonly Frame[] = [
  ...(
    [
      ['number', 'a number'],
      ['finite', 'a finite number'],
      ['nonNegative', 'a number ≥ 0'],
      ['positive', 'a number > 0'],
      ['aboveMinusOne', 'a number > −1'],
      ['share', 'a number from 0 to 1'],
      ['shareOpen', 'a number from 0 up to (not including) 1'],
      ['integerAtLeast0', 'an integer ≥ 0'],
      ['nonEmpty', 'a non-empty string'],
      ['string', 'a string'],
      ['object', 'an object'],
      ['list', 'a list'],
      ['boolean', 'true or false'],
      ['oneRep', 'at least one rep'],
      ['onePeriod', 'at least one period'],
      ['oneScheme', 'at least one scheme'],
      ['schemes', 'a list of schemes'],
      ['fines', 'a list of fines'],
      ['repMean', 'a number ≥ 0 or a non-empty list of numbers ≥ 0'],
      ['sharesSum', 'shares that add up to 1'],
      ['firstTier', '0 (the first tier starts at no sales)'],
    ] as const
  ).map(([key, text]) => ({ key: `problem.what.${key}` as MessageKey, pattern: exactly(text) })),
  { key: 'problem.what.integerIn', pattern: /^an integer from (?<min>\S+) to (?<max>\S+)$/ },
  { key: 'problem.what.magnitude', pattern: /^a number no larger than (?<max>\S+) in size$/ },
  { key: 'problem.what.listOf', pattern: /^a list of (?<noun>.+)$/ },
  { key: 'problem.what.atLeastOneOf', pattern: /^at least one of (?<noun>.+)$/ },
  { key: 'problem.what.atLeastOne', pattern: /^at least one (?<noun>.+)$/ },
  { key: 'problem.what.oneOrList', pattern: /^a (?<noun>.+) or a non-empty list of them$/ },
  { key: 'problem.what.objectWith', pattern: /^an object with (?<key>\w+) (?<tags>".*)$/ },
  { key: 'problem.what.perPeriod', pattern: /^1 value or (?<count>\d+) \(one per simulated/ },
  { key: 'problem.what.gridRows', pattern: /^(?<count>\d+) rows \(one per forecast ratio\)$/ },
  {
    key: 'problem.what.gridColumns',
    pattern: /^(?<count>\d+) values \(one per actual ratio\)$/,
  },
  { key: 'problem.what.unusedId', pattern: /^an id not used by (?<other>\S+)$/ },
  { key: 'problem.what.schemeId', pattern: /^one of the scheme ids (?<ids>.+)$/ },
  { key: 'problem.what.periodsLike', pattern: /^(?<count>\d+) period\(s\) like data\.reps\[0\]$/ },
  { key: 'problem.what.ascending', pattern: /^a number > (?<low>\S+) \(ascending\)$/ },
  { key: 'problem.what.aboveAlpha', pattern: /^a number > alpha \((?<low>\S+)\)$/ },
  { key: 'problem.what.aboveBeta', pattern: /^a number > beta \((?<low>\S+)\)$/ },
];

const nouns: Record<string, MessageKey> = {
  'number ≥ 0': 'problem.noun.nonNegative',
  'numbers ≥ 0': 'problem.noun.nonNegatives',
  numbers: 'problem.noun.numbers',
  rows: 'problem.noun.rows',
  SKUs: 'problem.noun.skus',
  tiers: 'problem.noun.tiers',
  contracts: 'problem.noun.contracts',
};

function exactly(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

/**
 * The message in the language `t` speaks; English comes back as it is. A message with a
 * prefix (`file: path: …`) keeps the prefix and has the sentence after it translated; a
 * sentence no frame knows is returned unchanged rather than half translated.
 */
export function problemText(text: string, t: Translate, english: boolean): string {
  if (english) return text;

  for (let at = 0; at >= 0; at = nextStart(text, at)) {
    const body = translate(text.slice(at), frames, t);
    if (body !== null) return text.slice(0, at) + body;
  }
  return text;
}

function nextStart(text: string, from: number): number {
  const colon = text.indexOf(': ', from);
  return colon < 0 ? -1 : colon + 2;
}

function translate(text: string, table: readonly Frame[], t: Translate): string | null {
  for (const { key, pattern } of table) {
    const match = pattern.exec(text);
    if (match === null) continue;
    const vars = parts(match.groups ?? {}, t);
    if (vars !== null) return t(key, vars);
  }
  return null;
}

/** Each named part in the reader's language; null when one of them is not known. */
function parts(groups: Record<string, string>, t: Translate): Record<string, string> | null {
  const vars: Record<string, string> = {};
  for (const [name, value] of Object.entries(groups)) {
    const part = partText(name, value, t);
    if (part === null) return null;
    vars[name] = part;
  }
  return vars;
}

function partText(name: string, value: string, t: Translate): string | null {
  switch (name) {
    case 'what':
      if (tagList.test(value)) return t('problem.oneOf', { tags: tags(value, t) });
      return translate(value, whats, t);
    case 'noun':
      return Object.hasOwn(nouns, value) ? t(nouns[value]) : null;
    case 'tags':
      return tagList.test(value) ? tags(value, t) : null;
    case 'reason':
      return t('problem.reason.extremeTarget');
    case 'detail': {
      const position = /position (\d+)/.exec(value);
      return position ? t('problem.json.position', { at: position[1] }) : t('problem.json.other');
    }
    default:
      return value;
  }
}

/** `"a", "b" or "c"`: the quoted words are what the file must say, so only 'or' changes. */
function tags(list: string, t: Translate): string {
  const last = list.lastIndexOf(' or ');
  return `${list.slice(0, last)} ${t('problem.or')} ${list.slice(last + 4)}`;
}
