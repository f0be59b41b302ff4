import { hasPlural, readImportMessage, readSource } from '$lib/data/importMessages';
import type { MessageKey } from '$lib/i18n/en';
import { clauses, fmt, relisted, t } from '$lib/i18n/i18n.svelte';
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
 * An import message in the reader's language. The data layer gives English (the CLI prints
 * it); the text is read back to its code and params and worded through `import.msg.<code>`,
 * with the file's sheet, a role and a size kind translated too. A calibration warning goes to
 * dataWarning; a text that is neither (DuckDB's own words) is shown as it came.
 */
export function importText(text: string): string {
  const message = readImportMessage(text);
  if (message === null) return dataWarning(text);

  const params = { ...message.params };
  if (params.file !== undefined) {
    const { file, sheet } = readSource(params.file);
    params.file = sheet === null ? file : t('import.msg.source', { file, sheet });
  }
  if (params.role !== undefined && roles.has(params.role)) {
    params.role = t(`import.msg.role.${params.role}` as MessageKey);
  } else if (params.role !== undefined && spanRoles[params.role]) {
    params.role = t(spanRoles[params.role]);
  }
  if (params.kind !== undefined && kinds[params.kind]) params.kind = t(kinds[params.kind]);
  for (const [name, value] of Object.entries(params)) params[name] = listText(name, value);

  const key = appWording[message.code] ?? (`import.msg.${message.code}` as MessageKey);
  // A message about a count takes its plural form from the number the English wrote.
  const worded = hasPlural(message.code)
    ? t(key, { ...params, count: englishNumber(params.count) })
    : t(key, params);
  return message.escaped ? t('import.msg.escaped', { message: worded }) : worded;
}

/** A count as English writes it ('1,234') back to its number. */
function englishNumber(text: string | undefined): number {
  return Number((text ?? '').replaceAll(',', ''));
}

// The end shownList gives a long list in English: ', … (1,234 in all)'.
const listEnd = /, … \(([\d,]+) in all\)$/s;

// Params that hold a list: of quoted values (shownList: reps, headers, sheets, rep-periods), or
// of row numbers.
const lists = new Set(['reps', 'rows', 'headers', 'sheets', 'periods']);

/**
 * A list parted and quoted as the language does, with its "how many in all" in the reader's
 * language; `list` holds groups of row numbers ("2, 38; 3, 39"), each a clause of its own.
 */
function listText(name: string, value: string): string {
  if (name === 'list') return clauses(value.split('; ').map(relisted));
  const match = listEnd.exec(value);
  const items = match ? value.slice(0, match.index) : value;
  const parted = lists.has(name) ? relisted(items) : items;
  if (!match) return parted;
  const count = fmt(Number(match[1].replaceAll(',', '')), 'count');
  const key = name === 'reps' ? 'import.msg.listMoreReps' : 'import.msg.listMore';
  return parted + t(key, { count });
}

/**
 * The reason a row was left out, in the reader's language: the data layer's reason is the end
 * of a full message, which is rebuilt to be read back.
 */
export function skipReason(row: number, column: string, reason: string): string {
  if (reason === 'total row') return t('import.msg.totalReason');
  const full = `@: row ${row}, column "${column}": ${reason}`;
  if (readImportMessage(full) === null) return reason;
  // Row and column have their own cells in the table: drop the file and the place.
  return importText(full)
    .replace(/^@(: |：)/, '')
    .replace(/^.*?(": |”列：)/, '');
}
