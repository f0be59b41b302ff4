import type { Scheme } from '../engine/types';
import { en, type Catalog } from '../i18n/en';
import type { Locale } from '../i18n/locales';
import { zhCN } from '../i18n/zh-CN';

/** Every language's messages: a name the app wrote is known whichever language wrote it. */
export const catalogs: Record<Locale, Catalog> = { en, 'zh-CN': zhCN };

/** The editor's name for a new scheme: its kind's name, numbered from the second copy. */
export function numberedName(kindName: string, copy: number): string {
  return copy > 1 ? `${kindName} ${copy}` : kindName;
}

/**
 * The copy number of a label the editor wrote for a scheme of this kind, in any language, or
 * null for a label of the user's own. Only the text is stored, so a label typed to read exactly
 * like the editor's name ("Commission plan 2") is taken for it and follows the language.
 */
export function editorCopy(kind: Scheme['kind'], label: string): number | null {
  for (const catalog of Object.values(catalogs)) {
    const name = catalog[`scheme.${kind}`];
    if (label === name) return 1;
    const number = label.startsWith(`${name} `) ? label.slice(name.length + 1) : '';
    if (/^[1-9][0-9]{0,5}$/.test(number) && Number(number) > 1) return Number(number);
  }
  return null;
}

/** A scheme's label as shown: the editor's own name in the current language, any other as is. */
export function shownLabel(
  scheme: { kind: Scheme['kind']; label: string },
  nameOfKind: (kind: Scheme['kind']) => string,
): string {
  const copy = editorCopy(scheme.kind, scheme.label);
  return copy === null ? scheme.label : numberedName(nameOfKind(scheme.kind), copy);
}

/**
 * Display names of the schemes of a run. A label written in the scenario (a file's, a link's, one
 * the user typed) is the user's own and is shown as written, in any language. The editor's names,
 * and schemes with no label of their own (their label is their id), read as the translated name
 * of their kind, numbered or with the id when two schemes share a kind. A written label used by
 * two schemes gets its id added, so that no two columns read alike.
 */
export function schemeNames(
  schemes: { kind: Scheme['kind']; label: string; id?: string }[],
  nameOfKind: (kind: Scheme['kind']) => string,
): string[] {
  const perKind = new Map<Scheme['kind'], number>();
  const perLabel = new Map<string, number>();
  for (const s of schemes) {
    perKind.set(s.kind, (perKind.get(s.kind) ?? 0) + 1);
    perLabel.set(s.label, (perLabel.get(s.label) ?? 0) + 1);
  }

  return schemes.map((s) => {
    const copy = editorCopy(s.kind, s.label);
    const written = copy === null && s.label !== '' && s.label !== s.id;
    if (written) {
      const repeated = (perLabel.get(s.label) ?? 0) > 1 && s.id !== undefined;
      return repeated ? `${s.label} · ${s.id}` : s.label;
    }
    const kindName = nameOfKind(s.kind);
    if ((perKind.get(s.kind) ?? 0) === 1) return kindName;
    const label = shownLabel(s, nameOfKind);
    return copy === null ? `${kindName} · ${label}` : label;
  });
}

/**
 * The shown name of the first self-set scheme, the one whose rate and floor the settings panel
 * sets, named as in the results' columns; null when the schemes have none.
 */
export function selfSetName(
  schemes: { kind: Scheme['kind']; label: string; id?: string }[],
  nameOfKind: (kind: Scheme['kind']) => string,
): string | null {
  const first = schemes.findIndex((s) => s.kind === 'truth-telling');
  return first < 0 ? null : schemeNames(schemes, nameOfKind)[first];
}
