import type { DataNote } from '$lib/data/dataNote';
import { isDataWarning } from '$lib/data/dataNote';
import {
  hasPlural,
  readSource,
  shownParams,
  type ImportMessage,
  type ShownValue,
} from '$lib/data/importMessages';
import type { MessageKey } from '$lib/i18n/en';
import { clauses, fmt, listed, listedQuoted, t } from '$lib/i18n/i18n.svelte';
import { dataWarning } from '../dataWarning';

const roles = new Set(['rep', 'date', 'sales', 'target', 'refund', 'status', 'group']);

// Messages whose CLI wording names a command-line option; the page names its own control.
const appWording: Partial<Record<string, MessageKey>> = {
  missingSales: 'import.app.missingSales',
  dateOrderMixed: 'import.app.dateOrderMixed',
  dateOrderAmbiguous: 'import.app.dateOrderAmbiguous',
  scenarioFile: 'import.app.scenarioFile',
};

/** An assignment file's roles, as its messages word them (readAssignments). */
const spanRoles: Record<string, MessageKey> = {
  'start date': 'import.msg.role.start',
  'end date': 'import.msg.role.end',
};

const kinds: Record<string, MessageKey> = {
  'a text table': 'import.msg.kind.text',
  'a workbook': 'import.msg.kind.workbook',
  'a Parquet file': 'import.msg.kind.parquet',
};

/**
 * A note of the data layer in the reader's language: an import's message worded through
 * `import.msg.<code>` from its code and values, with the file's sheet, a role and a size kind
 * translated too and lists parted as the language parts them; a calibration warning through
 * dataWarning.
 */
export function importText(note: DataNote): string {
  if (isDataWarning(note)) return dataWarning(note);
  return messageText(note);
}

function messageText(message: ImportMessage, params = message.params): string {
  const { values, escaped } = shownParams(params);
  const vars: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) vars[name] = valueText(name, value);
  const { file, role, kind } = values;
  if (typeof file === 'string') {
    const source = readSource(file);
    const { sheet } = source;
    vars.file = sheet === null ? source.file : t('import.msg.source', { file: source.file, sheet });
  }
  if (typeof role === 'string' && roles.has(role)) {
    vars.role = t(`import.msg.role.${role}` as MessageKey);
  } else if (typeof role === 'string' && spanRoles[role]) vars.role = t(spanRoles[role]);
  if (typeof kind === 'string' && kinds[kind]) vars.kind = t(kinds[kind]);

  const key = appWording[message.code] ?? (`import.msg.${message.code}` as MessageKey);
  const count = message.params.count;
  const worded =
    hasPlural(message.code) && typeof count === 'number'
      ? t(key, { ...vars, count })
      : t(key, vars);
  return escaped ? t('import.msg.escaped', { message: worded }) : worded;
}

/**
 * A value in the reader's language: a number as a count, a list of names quoted and parted as
 * the language does with how many in all when cut, row numbers parted, groups of them as
 * clauses.
 */
function valueText(name: string, value: ShownValue): string {
  if (typeof value === 'number') return fmt(value, 'count');
  if (typeof value === 'string') return value;
  if (!('items' in value)) return clauses(value.map((group) => listed(group)));
  const parted = value.quoted ? listedQuoted(value.items) : listed(value.items);
  if (value.total === null) return parted;
  const key = name === 'reps' ? 'import.msg.listMoreReps' : 'import.msg.listMore';
  return parted + t(key, { count: fmt(value.total, 'count') });
}

/**
 * The reason a row was left out, in the reader's language: its message worded without the
 * file (the row and column have cells of their own in the table), its place cut off.
 */
export function skipReason(message: ImportMessage | null): string {
  if (message === null) return t('import.msg.totalReason');
  const worded = messageText(message, { ...message.params, file: '@', column: '@' });
  return worded.replace(/^@(: |：)/, '').replace(/^.*?("@": |“@”列：)/, '');
}
