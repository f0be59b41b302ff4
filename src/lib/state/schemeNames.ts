import type { Scheme } from '../engine/types';

/**
 * Display names of the schemes of a run: the translated name of each kind, with the scenario's
 * own label added when two schemes share a kind and the kind alone would not tell them apart
 * (the label alone when it already starts with the kind's name, as the editor's presets do).
 */
export function schemeNames(
  schemes: { kind: Scheme['kind']; label: string }[],
  nameOfKind: (kind: Scheme['kind']) => string,
): string[] {
  const perKind = new Map<Scheme['kind'], number>();
  for (const s of schemes) perKind.set(s.kind, (perKind.get(s.kind) ?? 0) + 1);

  return schemes.map((s) => {
    const kindName = nameOfKind(s.kind);
    if ((perKind.get(s.kind) ?? 0) === 1) return kindName;
    return s.label.startsWith(kindName) ? s.label : `${kindName} · ${s.label}`;
  });
}
