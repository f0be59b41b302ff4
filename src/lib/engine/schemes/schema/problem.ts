/**
 * A validation problem as data: where (`path`, like 'schemes[1].rate'), what kind (`code`, a
 * closed set) and the values it names (`params`). The words live in the catalogs
 * src/lib/i18n/{en,zh-CN}/problems.ts; `problemEnglish` renders the English one for the CLI
 * and for the string lists of ScenarioResult, the page words it in the reader's language.
 *
 * `params.what` names a `problem.what.*` phrase and `params.noun` a `problem.noun.*` noun
 * inside it; every other param is shown as it is (field paths, values seen, numbers). A message
 * with plural forms takes the one its numeric `params.count` asks for ("1 period", "2 periods").
 */
import { englishTemplate, hasPluralForms, type AskedKey } from '../../../i18n/englishPlural';
import { enProblems } from '../../../i18n/en/problems';

export type ProblemCode =
  | 'expected'
  | 'expectedElseExtremeTarget'
  | 'required'
  | 'unknownField'
  | 'json'
  | 'jsonAt'
  | 'notScenario'
  | 'unreadable'
  | 'skuShare'
  | 'statedTotal'
  | 'gridFalls'
  | 'noRewardAboveTarget'
  | 'ratesOutOfOrder'
  | 'floorMovesTarget'
  | 'floorMovesTargetMedian';

type Entry = keyof typeof enProblems;

/** A catalog key, a plural message by its key without `_one`/`_other`. */
type ProblemKey = AskedKey<Entry>;
type Suffix<K, P extends string> = K extends `${P}${infer S}` ? S : never;

/** The phrases a problem's `what` may name. */
export type ProblemWhat = Suffix<ProblemKey, 'problem.what.'>;
export type ProblemNoun = Suffix<ProblemKey, 'problem.noun.'>;

export interface Problem {
  path: string;
  code: ProblemCode;
  params: Record<string, string | number>;
}

/** A problem without its path yet: the schema and the checks know the field only later. */
export type ProblemBody = Omit<Problem, 'path'>;

/** Shows a seen value briefly: JSON for data, 'nothing' for a missing value. */
export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** 'expected <what>, saw <seen>'; `params` fill the blanks of the `what` phrase. */
export function expectedBody(
  what: ProblemWhat,
  seen: unknown,
  params: Record<string, string | number> = {},
): ProblemBody {
  return { code: 'expected', params: { ...params, what, seen: show(seen) } };
}

/** `schemes[1].rate` from valibot's path items; '' for the value itself. */
export function fieldPath(path: readonly { key: unknown }[] | undefined): string {
  if (path === undefined) return '';
  return path
    .map((item, k) =>
      typeof item.key === 'number' ? `[${item.key}]` : `${k === 0 ? '' : '.'}${String(item.key)}`,
    )
    .join('');
}

/** Looks a catalog key up with `{{name}}` filled in; `t` of i18n.svelte.ts is one. */
export type Word = (key: ProblemKey, vars: Record<string, string | number>) => string;

/** The problem's sentence (no path) in the words `word` gives. */
export function wordProblem(problem: ProblemBody, word: Word): string {
  const vars: Record<string, string | number> = { ...problem.params };
  const { noun, what } = problem.params;
  if (typeof noun === 'string') vars.noun = word(`problem.noun.${noun as ProblemNoun}`, {});
  if (typeof what === 'string') vars.what = word(`problem.what.${what as ProblemWhat}`, vars);
  return word(`problem.${problem.code}`, vars);
}

const catalog: Readonly<Record<string, string>> = enProblems;

/** The English of `key`: for a plural message, the form i18next would take for `count`. */
function english(key: ProblemKey, count: unknown): string {
  return englishTemplate(catalog, key, count);
}

/** The English sentence, as the CLI prints it (counts as plain numbers, as before plurals). */
export function problemEnglish(problem: ProblemBody): string {
  return wordProblem(problem, (key, vars) =>
    english(key, vars.count).replace(/\{\{(\w+)(?:, number)?\}\}/g, (_, name: string) =>
      String(vars[name]),
    ),
  );
}

/** `path: sentence`, or the sentence alone for a problem of the whole file or scheme. */
export function problemLine(problem: Problem, sentence = problemEnglish(problem)): string {
  return problem.path === '' ? sentence : `${problem.path}: ${sentence}`;
}

/**
 * Valibot carries only a string per issue, so the schema's message functions encode the
 * problem as JSON and parseScenario decodes it; a message that is not one (valibot's own,
 * none reach here today: the corpus test in test/unit/i18n checks) is kept as it is.
 */
export function encodeProblem(problem: ProblemBody): string {
  return JSON.stringify(problem);
}

function isCode(code: string): code is ProblemCode {
  const key = `problem.${code}`;
  return Object.hasOwn(catalog, key) || hasPluralForms(catalog, key);
}

export function decodeProblem(message: string, path: string): Problem {
  try {
    const body = JSON.parse(message) as ProblemBody;
    if (typeof body.code === 'string' && isCode(body.code)) {
      return { path, code: body.code, params: body.params ?? {} };
    }
  } catch {
    // Not one of ours: fall through to the message as written.
  }
  return { path, code: 'unreadable', params: { text: message } };
}
