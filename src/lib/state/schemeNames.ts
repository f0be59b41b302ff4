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

// The kind as a scenario file writes it, where that differs: the essay's 'self-set'.
const fileTags: Partial<Record<Scheme['kind'], string>> = { 'truth-telling': 'self-set' };

/** The copy number `label` gives after `name` and `gap` ("Bonus grid 2"), 1 for `name` alone. */
function copyAfter(label: string, name: string, gap: string): number | null {
  if (label === name) return 1;
  const number = label.startsWith(name + gap) ? label.slice(name.length + gap.length) : '';
  return /^[1-9][0-9]{0,5}$/.test(number) && Number(number) > 1 ? Number(number) : null;
}

/**
 * The copy number of a label that only names the scheme's kind, or null for a label of the
 * user's own: the editor's name for the kind in any language ("Commission plan 2"), or the
 * kind as a file writes it ("self-set", "haggled-quota-2"), which is the label of a file's
 * scheme without one, its id being that tag. Only the text is stored, so a label typed to read
 * exactly like either is taken for it and follows the language.
 */
export function editorCopy(kind: Scheme['kind'], label: string): number | null {
  for (const catalog of Object.values(catalogs)) {
    const copy = copyAfter(label, catalog[`scheme.${kind}`], ' ');
    if (copy !== null) return copy;
  }
  for (const tag of [kind, fileTags[kind]]) {
    const copy = tag === undefined ? null : copyAfter(label, tag, '-');
    if (copy !== null) return copy;
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
 * the user typed) is the user's own and is shown as `ownText` gives it: as written, in any
 * language, but for the labels of the shipped scenario files, which read in the user's
 * (shippedText.ts). The editor's names, and schemes with no label of their own (their label is
 * their id), read as the translated name of their kind, numbered or with the id when two schemes
 * share a kind. A written label used by two schemes gets its id added, and names that still
 * read alike are numbered, so that no two columns read alike.
 */
export function schemeNames(
  schemes: { kind: Scheme['kind']; label: string; id?: string }[],
  nameOfKind: (kind: Scheme['kind']) => string,
  ownText: (label: string) => string = (label) => label,
): string[] {
  const perKind = new Map<Scheme['kind'], number>();
  const perLabel = new Map<string, number>();
  for (const s of schemes) {
    perKind.set(s.kind, (perKind.get(s.kind) ?? 0) + 1);
    perLabel.set(s.label, (perLabel.get(s.label) ?? 0) + 1);
  }

  const names = schemes.map((s) => {
    const copy = editorCopy(s.kind, s.label);
    const written = copy === null && s.label !== '' && s.label !== s.id;
    if (written) {
      const repeated = (perLabel.get(s.label) ?? 0) > 1 && s.id !== undefined;
      return repeated ? `${ownText(s.label)} · ${s.id}` : ownText(s.label);
    }
    const kindName = nameOfKind(s.kind);
    if ((perKind.get(s.kind) ?? 0) === 1) return kindName;
    const label = shownLabel(s, nameOfKind);
    return copy === null ? `${kindName} · ${label}` : label;
  });
  // Kind names may still meet ("self-set" and the editor's "Self-set target" both read as the
  // kind's name): the later ones are numbered, as the editor numbers its copies, so that no two
  // columns read alike. Their ids would do as well, but the app made those, in English.
  const taken = new Set(names);
  const seen = new Set<string>();
  return names.map((name) => {
    if (!seen.has(name)) {
      seen.add(name);
      return name;
    }
    let copy = 2;
    while (taken.has(numberedName(name, copy))) copy++;
    taken.add(numberedName(name, copy));
    return numberedName(name, copy);
  });
}

/**
 * The shown name of the first self-set scheme, the one whose rate and floor the settings panel
 * sets, named as in the results' columns; null when the schemes have none.
 */
export function selfSetName(
  schemes: { kind: Scheme['kind']; label: string; id?: string }[],
  nameOfKind: (kind: Scheme['kind']) => string,
  ownText?: (label: string) => string,
): string | null {
  const first = schemes.findIndex((s) => s.kind === 'truth-telling');
  return first < 0 ? null : schemeNames(schemes, nameOfKind, ownText)[first];
}
