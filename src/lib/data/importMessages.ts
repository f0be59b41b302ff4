/**
 * An import's messages as data: a code of importTemplates.ts and its values, a list of names as
 * a list. The CLI words a message in English from its template (say); the page words it
 * through the i18n catalogs (`import.msg.<code>`, importText.ts). Both show its values as
 * shownParams does, and neither reads anything back from the other's text.
 */
import { englishTemplate, hasPluralForms, type AskedKey } from '../i18n/englishPlural';
import { MAX_REPS_NAMED } from './constants';
import { importTemplates } from './importTemplates';

type TemplateKey = keyof typeof importTemplates;

/** A message's code: a message with plural forms by its key without `_one`/`_other`. */
export type ImportMessageCode = AskedKey<TemplateKey>;

/** Row numbers in groups (identical rows), each group a list of its own. */
export type RowGroups = readonly (readonly string[])[];

/** A value of a message: text, a number, a list of names or of row numbers, groups of rows. */
export type MessageValue = string | number | readonly string[] | RowGroups;

export type MessageParams = Record<string, MessageValue>;

export interface ImportMessage {
  code: ImportMessageCode;
  params: MessageParams;
}

/** A message of `code` with its values, as the data layer hands it over. */
export function note(code: ImportMessageCode, params: MessageParams = {}): ImportMessage {
  return { code, params };
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

/** How an import names where a value sits: the file, with the sheet of a workbook. */
export function sourceName(file: string, sheet?: string | null): string {
  const name = escapeControls(file);
  return sheet ? `${name}, sheet "${shown(sheet)}"` : name;
}

/**
 * A list as a message shows it: its first few items, each shown, quoted where they are names
 * (not row numbers), and how many there are in all when some are left out (null: none are).
 */
export interface ShownList {
  items: readonly string[];
  quoted: boolean;
  total: number | null;
}

/** A value as any language shows it: lists and groups of rows are parted by the language. */
export type ShownValue = string | number | ShownList | RowGroups;

// Lists of names, quoted; any other list holds row numbers. Reps and their periods are named
// fewer at a time: each is long and a list of them reads as a paragraph.
const named: Readonly<Record<string, number>> = {
  reps: MAX_REPS_NAMED,
  periods: MAX_REPS_NAMED,
  headers: 8,
  sheets: 8,
};

/**
 * The values of a message as shown in any language: text with its controls escaped and cut
 * (the file only escaped, a parser's reason cut longer), lists cut to their first few, and
 * whether any value held control characters.
 */
export function shownParams(params: MessageParams): {
  values: Record<string, ShownValue>;
  escaped: boolean;
} {
  let escaped = false;
  const text = (value: string, name: string) => {
    if (escapeControls(value) !== value) escaped = true;
    if (name === 'file') return escapeControls(value);
    return shown(value, name === 'reason' ? MAX_REASON : MAX_VALUE);
  };
  const values: Record<string, ShownValue> = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'number') values[name] = value;
    else if (typeof value === 'string') values[name] = text(value, name);
    else if (isGroups(value)) values[name] = value;
    else {
      const first = named[name] ?? value.length;
      const items = value.slice(0, first).map((item) => text(item, ''));
      const total = value.length > first ? value.length : null;
      values[name] = { items, quoted: name in named, total };
    }
  }
  return { values, escaped };
}

function isGroups(value: readonly string[] | RowGroups): value is RowGroups {
  return value.some((item) => typeof item !== 'string');
}

const templates: Readonly<Record<string, string>> = importTemplates;

/** Every message code, for checking a stored message (the sample's calibration). */
export const importMessageCodes: readonly string[] = [
  ...new Set(Object.keys(templates).map((key) => key.replace(/_(one|other)$/, ''))),
].filter((code) => code !== 'source');

/** True for a message with plural forms, worded by its numeric `count`. */
export function hasPlural(code: ImportMessageCode): boolean {
  return hasPluralForms(templates, code);
}

/** `{{name}}` or `{{name, number}}` in a template; the name is the first group. */
const placeholder = /\{\{(\w+)(?:, number)?\}\}/g;

/** A shown value in English: "Li, Wei", "Wang" and rows 2, 38; 3, 39. */
function english(value: ShownValue | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return value.toLocaleString('en-US');
  if (typeof value === 'string') return value;
  if (!('items' in value)) return value.map((group) => group.join(', ')).join('; ');
  const listed = value.items.map((item) => (value.quoted ? `"${item}"` : item)).join(', ');
  if (value.total === null) return listed;
  return `${listed}, … (${value.total.toLocaleString('en-US')} in all)`;
}

/**
 * The English text of a message, as the CLI prints it: its template in the plural form English
 * takes for its `count`, numbers with English digit grouping, a note when a value held
 * control characters.
 */
export function say(message: ImportMessage): string {
  return sayFrom(englishTemplate(templates, message.code, message.params.count), message.params);
}

// Where a message about a value names its place: `row {{row}}, column "{{column}}": `.
const place = '"{{column}}": ';

/**
 * A message about one value without its file and place, as the reason a row was skipped
 * ('cannot read "n/a"; expected …'): its template after the place, so that a column or file
 * holding the same characters cannot cut it short.
 */
export function sayAfterPlace(message: ImportMessage): string {
  const template = englishTemplate(templates, message.code, message.params.count);
  const at = template.indexOf(place);
  return sayFrom(at < 0 ? template : template.slice(at + place.length), message.params);
}

function sayFrom(template: string, params: MessageParams): string {
  const { values, escaped } = shownParams(params);
  const text = template.replace(placeholder, (_, name: string) => english(values[name]));
  return escaped ? text + ESCAPED_NOTE : text;
}

/**
 * The file and sheet of a message's `file` value (see sourceName). Shortcoming: the sheet
 * travels inside that text, so a file whose name itself ends in `, sheet "…"` reads as a sheet.
 */
export function readSource(file: string): { file: string; sheet: string | null } {
  const match = /^(.*), sheet "(.*)"$/s.exec(file);
  return match ? { file: match[1], sheet: match[2] } : { file, sheet: null };
}
