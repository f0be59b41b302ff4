/**
 * Words an import's messages from their English templates (importTemplates.ts) and reads them
 * back. The data layer returns the English text (the CLI prints it); the import dialog reads a
 * text back to its code and params (readImportMessage) and words it through the i18n catalogs
 * (`import.msg.<code>`), as warnings.ts does for the calibration's warnings.
 */
import { englishTemplate, hasPluralForms, type AskedKey } from '../i18n/englishPlural';
import { quotedList } from './englishList';
import { importTemplates } from './importTemplates';

type TemplateKey = keyof typeof importTemplates;

/** A message's code: a message with plural forms by its key without `_one`/`_other`. */
export type ImportMessageCode = AskedKey<TemplateKey>;

export type MessageParams = Record<string, string | number>;

export interface ImportMessage {
  code: ImportMessageCode;
  params: Record<string, string>;
  /** The text ended with ESCAPED_NOTE. */
  escaped: boolean;
}

/** Added to a message whose values held control characters, which are shown escaped. */
export const ESCAPED_NOTE = ' (control characters are shown as \\u0000)';

/** Longest value quoted in a message; a longer one is cut with an ellipsis. */
const MAX_VALUE = 60;

/** The same for a parser's own reason (DuckDB names the line and the problem in ~150). */
const MAX_REASON = 200;

// C0 controls and DEL, tab and line ends included: a message is one line.
// eslint-disable-next-line no-control-regex
const controls = /[\u0000-\u001f\u007f]/g;

/** Control characters as \uXXXX, so that a NUL or a terminal escape is never shown raw. */
export function escapeControls(value: string, keepSpaces = false): string {
  const hex = (c: string) => c.charCodeAt(0).toString(16).padStart(4, '0');
  const space = (c: string) => keepSpaces && (c === '\t' || c === '\n' || c === '\r');
  return value.replace(controls, (c) => (space(c) ? c : `\\u${hex(c)}`));
}

/** A value as a message shows it: controls escaped, cut to `max` characters. */
export function shown(value: string, max = MAX_VALUE): string {
  const escaped = escapeControls(value);
  return escaped.length > max ? `${escaped.slice(0, max - 1)}…` : escaped;
}

/** A list of values for a message: the first few, then how many in all. */
export function shownList(values: string[], first = 8): string {
  const listed = quotedList(values.slice(0, first).map((v) => shown(v)));
  const more = values.length > first ? `, … (${values.length.toLocaleString('en-US')} in all)` : '';
  return listed + more;
}

// Params that arrive already worded (lists made by shownList, groups of row numbers) or must
// stay whole (the file).
const whole = new Set(['file', 'headers', 'sheets', 'reps', 'periods', 'list']);

/** `{{name}}` or `{{name, number}}` in a template; the name is the first group. */
const placeholder = /\{\{(\w+)(?:, number)?\}\}/g;

const templates: Readonly<Record<string, string>> = importTemplates;

/** True for a message with plural forms, worded by its numeric `count`. */
export function hasPlural(code: ImportMessageCode): boolean {
  return hasPluralForms(templates, code);
}

/** The template of `code` in the plural form English takes for `count`, as i18next would. */
function templateOf(code: ImportMessageCode, count: unknown): string {
  return englishTemplate(templates, code, count);
}

/**
 * The English text of a message. Strings are shown with `shown` (the file and lists only have
 * their controls escaped), numbers get English digit grouping; a note says when a value held
 * control characters. A message about a count takes that count's plural form.
 */
export function say(code: ImportMessageCode, params: MessageParams = {}): string {
  let escaped = false;
  const text = templateOf(code, params.count).replace(placeholder, (_, name: string) => {
    const value = params[name];
    if (typeof value === 'number') return value.toLocaleString('en-US');
    if (value === undefined) return '';
    if (escapeControls(value) !== value) escaped = true;
    if (whole.has(name)) return escapeControls(value);
    return shown(value, name === 'reason' ? MAX_REASON : MAX_VALUE);
  });
  return escaped ? text + ESCAPED_NOTE : text;
}

/** How an import names where a value sits: the file, with the sheet of a workbook. */
export function sourceName(file: string, sheet?: string | null): string {
  const name = escapeControls(file);
  return sheet ? `${name}, sheet "${shown(sheet)}"` : name;
}

// Longest template first: a longer one is the more specific (missingSales before missingColumn).
const readers = Object.keys(templates)
  .filter((key) => key !== 'source')
  .sort((a, b) => templates[b].length - templates[a].length)
  .map((key) => {
    const code = key.replace(/_(one|other)$/, '') as ImportMessageCode;
    const names: string[] = [];
    const pattern = templates[key]
      .split(/\{\{(\w+)(?:, number)?\}\}/)
      .map((part, i) => {
        if (i % 2 === 0) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        names.push(part);
        return '(.*?)';
      })
      .join('');
    return { code, names, regex: new RegExp(`^${pattern}$`, 's') };
  });

/**
 * The code and params of an import's English message, or null for any other text. A value that
 * itself looks like a template's words may be split at the wrong place; the text stays readable.
 */
export function readImportMessage(text: string): ImportMessage | null {
  const escaped = text.endsWith(ESCAPED_NOTE);
  const plain = escaped ? text.slice(0, -ESCAPED_NOTE.length) : text;
  for (const { code, names, regex } of readers) {
    const match = regex.exec(plain);
    if (!match) continue;
    const params = Object.fromEntries(names.map((name, i) => [name, match[i + 1]]));
    return { code, params, escaped };
  }
  return null;
}

/** The file and sheet of a message's `file` param (see sourceName). */
export function readSource(file: string): { file: string; sheet: string | null } {
  const match = /^(.*), sheet "(.*)"$/s.exec(file);
  return match ? { file: match[1], sheet: match[2] } : { file, sheet: null };
}
