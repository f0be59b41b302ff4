/**
 * The shipped scenario files are written in English, as any scenario file is written in one
 * language. A text that reads exactly as one of them has it, in any language the app speaks,
 * is shown in the reader's; any other text is the user's own and is shown as written. Only the
 * text is stored, so a name typed to read exactly like a shipped one is taken for it.
 */
import { en, type MessageKey } from './en';
import { t } from './i18n.svelte';
import { zhCN } from './zh-CN';

// The bundled scenario's name was translated before the other files' words were.
const keys = [
  'scenario.defaultName',
  ...Object.keys(en).filter((key) => key.startsWith('shipped.')),
] as MessageKey[];

const keyOf = new Map<string, MessageKey>();
for (const catalog of [en, zhCN] as Record<string, string>[]) {
  for (const key of keys) keyOf.set(catalog[key], key);
}

type Words = (key: MessageKey) => string;

/** `text` in the language of `words` when a shipped scenario file writes it, else as it is. */
export function shippedText(text: string, words: Words): string {
  const key = keyOf.get(text);
  return key === undefined ? text : words(key);
}

/**
 * The label of a fine or product line (`list`, `id`) in the language of `words` when a shipped
 * file gives that entry that label, else as it is: an entry of the user's keeps its label even
 * when it reads like a shipped one.
 */
export function shippedEntry(list: string, id: string, label: string, words: Words): string {
  const key = keyOf.get(label);
  return key?.endsWith(`.${list}.${id}`) ? words(key) : label;
}

/** `text` in the reader's language when a shipped scenario file writes it, else as it is. */
export const shipped = (text: string): string => shippedText(text, t);
