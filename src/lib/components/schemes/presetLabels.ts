/**
 * The labels a preset or a shipped scenario file writes inside a scheme (a letter's fines and
 * product lines) follow the language as the scheme's own name does: one that reads exactly as a
 * preset or such a file wrote it, in any language, is shown in the current one; any other is the
 * user's and stays as typed. As with the scheme's name, a label typed to read exactly like one of
 * those is taken for it.
 */
import type { Catalog } from '$lib/i18n/en';
import { shippedEntry } from '$lib/i18n/shippedText';
import { catalogs } from '$lib/state/schemeNames';
import { presetSkus, skuLabel, type Words } from './presets';

type Draft = Record<string, unknown>;
type InnerList = 'fines' | 'skus';
const innerLists: readonly InnerList[] = ['fines', 'skus'];

/** The preset label of each entry, by list and entry id, in the language of `words`. */
function presetInner(words: Words): Record<InnerList, Map<string, string>> {
  return {
    fines: new Map([
      ['breach', words('preset.breach')],
      ['lost', words('preset.lost')],
      ['outlets', words('preset.outlets')],
    ]),
    skus: new Map(
      presetSkus.map(([id, product, perCase]) => [id, skuLabel(product, perCase, words)]),
    ),
  };
}

/**
 * A catalog's messages with `{{name}}` filled in, as i18next fills them. Preset labels have no
 * plural forms, so each key is a message of its own.
 */
function wordsOf(catalog: Catalog): Words {
  return (key, vars = {}) =>
    catalog[key as keyof Catalog].replace(/\{\{(\w+)\}\}/g, (blank, name: string) =>
      Object.hasOwn(vars, name) ? String(vars[name]) : blank,
    );
}

const everyLanguage = Object.values(catalogs).map((catalog) => presetInner(wordsOf(catalog)));

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** The draft with each inner label a preset or shipped file wrote in the language of `words`. */
export function localiseInnerLabels(draft: Draft, words: Words): Draft {
  const current = presetInner(words);
  let result = draft;
  for (const list of innerLists) {
    const items = draft[list];
    if (!Array.isArray(items)) continue;
    let changed = false;
    const next = items.map((item: unknown) => {
      if (!isRecord(item) || typeof item.id !== 'string' || typeof item.label !== 'string') {
        return item;
      }
      const { id, label } = item;
      const own = current[list].get(id);
      const preset =
        own !== undefined && everyLanguage.some((language) => language[list].get(id) === label);
      const shown = preset ? own : shippedEntry(list, id, label, words);
      if (shown === label) return item;
      changed = true;
      return { ...item, label: shown };
    });
    if (changed) result = { ...result, [list]: next };
  }
  return result;
}
