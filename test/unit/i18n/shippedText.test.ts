import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { localiseInnerLabels } from '$lib/components/schemes/presetLabels';
import { setLocale, t } from '$lib/i18n/i18n.svelte';
import { shippedEntry, shippedText } from '$lib/i18n/shippedText';
import { schemeNames } from '$lib/state/schemeNames';
import type { Scheme } from '$lib/engine/types';

interface FileScheme extends Record<string, unknown> {
  kind: string;
  id: string;
  label?: string;
}

interface ShippedFile {
  name: string;
  data: { reps?: { name: string }[] };
  schemes: FileScheme[];
}

const files = readdirSync('scenarios').filter((f) => f.endsWith('.json'));
const read = (file: string) => JSON.parse(readFileSync(`scenarios/${file}`, 'utf8')) as ShippedFile;
// The file writes the essay's scheme as 'self-set'; the app's kind is 'truth-telling'.
const kindOf = (s: FileScheme) =>
  (s.kind === 'self-set' ? 'truth-telling' : s.kind) as Scheme['kind'];
const inner = (s: FileScheme) =>
  (['fines', 'skus'] as const).flatMap((list) =>
    Array.isArray(s[list]) ? (s[list] as { label: string }[]).map((item) => item.label) : [],
  );

/** Every text of a file the page shows, as the page shows it in the current language. */
function shown(file: ShippedFile): string[] {
  const schemes = file.schemes.map((s) => ({ kind: kindOf(s), id: s.id, label: s.label ?? s.id }));
  return [
    shippedText(file.name, t),
    ...(file.data.reps ?? []).map((rep) => shippedText(rep.name, t)),
    ...schemeNames(
      schemes,
      (k) => t(`scheme.${k}`),
      (label) => shippedText(label, t),
    ),
    ...file.schemes.flatMap((s) => inner(localiseInnerLabels(s, t) as FileScheme)),
  ];
}

const han = /\p{Script=Han}/u;

describe('the shipped scenario files on the page', () => {
  afterAll(() => setLocale('en'));

  it.each(files)('%s: every name, rep, scheme, fine and product line reads in Chinese', (f) => {
    setLocale('zh-CN');
    const texts = shown(read(f));
    expect(texts.length).toBeGreaterThan(1);
    expect(texts.filter((text) => !han.test(text))).toEqual([]);
  });

  it.each(files)('%s: reads in English as the file writes it', (f) => {
    setLocale('en');
    const file = read(f);
    const written = [
      file.name,
      ...(file.data.reps ?? []).map((rep) => rep.name),
      ...file.schemes.flatMap((s) => (s.label === undefined ? [] : [s.label, ...inner(s)])),
    ];
    const page = shown(file);
    for (const text of written) expect(page).toContain(text);
  });

  it('keeps any other text as written, and reads a shipped one back from Chinese', () => {
    setLocale('zh-CN');
    expect(shippedText('Our own plan', t)).toBe('Our own plan');
    const chinese = shippedText('The 2014 letter', t);
    expect(chinese).toMatch(han);
    setLocale('en');
    expect(shippedText(chinese, t)).toBe('The 2014 letter');
  });

  it('translates a fine or product line only under the list and id its file gives it', () => {
    setLocale('zh-CN');
    expect(shippedEntry('fines', 'missed-revisit', 'Missed customer revisit', t)).toMatch(han);
    expect(shippedEntry('fines', 'extra', 'Missed customer revisit', t)).toBe(
      'Missed customer revisit',
    );
    expect(shippedEntry('skus', 'missed-revisit', 'Missed customer revisit', t)).toBe(
      'Missed customer revisit',
    );
    setLocale('en');
  });
});
