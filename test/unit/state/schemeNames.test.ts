import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario, type Scheme } from '../../../src/lib/engine';
import { en } from '../../../src/lib/i18n/en';
import { zhCN } from '../../../src/lib/i18n/zh-CN';
import { editorCopy, schemeNames, selfSetName } from '../../../src/lib/state/schemeNames';

const nameOfKind = (kind: string) => (kind === 'truth-telling' ? 'Self-set' : 'Quota');
const zhKind = (kind: Scheme['kind']) => zhCN[`scheme.${kind}`];
const enKind = (kind: Scheme['kind']) => en[`scheme.${kind}`];

function shipped(file: string): Scheme[] {
  const parsed = parseScenario(readFileSync(`scenarios/${file}`, 'utf8'), file);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.scenario.schemes;
}

describe('schemeNames', () => {
  it('schemeNames uses the name of the kind for schemes without a label of their own', () => {
    const names = schemeNames(
      [
        { kind: 'truth-telling', id: 'essay', label: 'essay' },
        { kind: 'haggled-quota', id: 'pharma', label: 'pharma' },
      ],
      nameOfKind,
    );
    expect(names).toEqual(['Self-set', 'Quota']);
  });

  it('schemeNames shows a written label as written, even when its kind is alone', () => {
    const names = schemeNames(
      [
        { kind: 'truth-telling', id: 'a', label: 'Weitzman rule' },
        { kind: 'truth-telling', id: 'b', label: 'no floor' },
        { kind: 'haggled-quota', id: 'c', label: '张经理的定额' },
      ],
      nameOfKind,
    );
    expect(names).toEqual(['Weitzman rule', 'no floor', '张经理的定额']);
  });

  it('schemeNames adds the id to a written label that two schemes share', () => {
    const names = schemeNames(
      [
        { kind: 'truth-telling', id: 'east', label: 'Team plan' },
        { kind: 'haggled-quota', id: 'west', label: 'Team plan' },
      ],
      nameOfKind,
    );
    expect(names).toEqual(['Team plan · east', 'Team plan · west']);
  });

  it('schemeNames numbers the editor’s names and adds the id to unlabelled twins', () => {
    const names = schemeNames(
      [
        { kind: 'truth-telling', id: 'x', label: enKind('truth-telling') },
        { kind: 'truth-telling', id: 'y', label: `${enKind('truth-telling')} 2` },
        { kind: 'haggled-quota', id: 'q1', label: 'q1' },
        { kind: 'haggled-quota', id: 'q2', label: 'q2' },
      ],
      zhKind,
    );
    const self = zhKind('truth-telling');
    const quota = zhKind('haggled-quota');
    expect(names).toEqual([self, `${self} 2`, `${quota} · q1`, `${quota} · q2`]);
  });

  it('the scheme library’s labels read as the file writes them in either language', () => {
    const schemes = shipped('scheme-library.json');
    for (const words of [enKind, zhKind]) {
      const names = schemeNames(schemes, words);
      expect(names.slice(0, 3)).toEqual(['Weitzman rule', 'Gonik bonus grid', 'Tiered commission']);
      expect(names).not.toContain(words('truth-telling'));
    }
    // The menu and the baseline are labelled with the editor's own names, which translate.
    expect(schemeNames(schemes, zhKind).slice(3)).toEqual(
      [schemes[3], schemes[4]].map((s) => zhKind(s.kind)),
    );
  });

  it('the default scenario, whose schemes carry no label, reads in the current language', () => {
    const schemes = shipped('essay-vs-haggling.json');
    expect(schemes.map((s) => s.label)).toEqual(schemes.map((s) => s.id));
    expect(schemeNames(schemes, zhKind)).toEqual(schemes.map((s) => zhKind(s.kind)));
  });
});

describe('labels that only name the kind', () => {
  it('editorCopy reads the kind as a file writes it, with the number of its copy', () => {
    expect(editorCopy('truth-telling', 'self-set')).toBe(1);
    expect(editorCopy('truth-telling', 'truth-telling-3')).toBe(3);
    expect(editorCopy('haggled-quota', 'haggled-quota')).toBe(1);
    expect(editorCopy('haggled-quota', 'haggled-quota-2')).toBe(2);
    for (const own of ['self-settled', 'self-set-0', 'self-set 2', 'haggled-quota-x']) {
      expect(editorCopy('truth-telling', own), own).toBeNull();
    }
    expect(editorCopy('haggled-quota', 'self-set')).toBeNull();
  });

  it('schemeNames names a file’s unlabelled twins by their kind in the reader’s language', () => {
    const schemes = [
      { kind: 'truth-telling', id: 'self-set', label: 'self-set' },
      { kind: 'haggled-quota', id: 'haggled-quota', label: 'haggled-quota' },
      { kind: 'truth-telling', id: 'self-set-2', label: 'self-set-2' },
    ] as const;
    for (const words of [zhKind, enKind]) {
      const self = words('truth-telling');
      expect(schemeNames([...schemes], words)).toEqual([self, words('haggled-quota'), `${self} 2`]);
    }
  });

  it('schemeNames numbers a file’s tag and the editor’s name that read alike, not by id', () => {
    // The default scenario's self-set scheme and one the editor adds: ids the app made.
    const names = schemeNames(
      [
        { kind: 'truth-telling', id: 'self-set', label: 'self-set' },
        { kind: 'haggled-quota', id: 'haggled-quota', label: 'haggled-quota' },
        { kind: 'truth-telling', id: 'truth-telling', label: zhKind('truth-telling') },
        { kind: 'truth-telling', id: 'self-set-2', label: 'self-set-2' },
      ],
      zhKind,
    );
    const self = zhKind('truth-telling');
    // The third is numbered past the 2 the fourth already reads.
    expect(names).toEqual([self, zhKind('haggled-quota'), `${self} 3`, `${self} 2`]);
    expect(new Set(names).size).toBe(names.length);
    expect(names.join(' ')).not.toMatch(/[a-z]/);
  });
});

describe('selfSetName', () => {
  it('selfSetName names the scheme library’s self-set scheme by its label in either language', () => {
    const schemes = shipped('scheme-library.json');
    for (const words of [enKind, zhKind]) {
      expect(selfSetName(schemes, words)).toBe('Weitzman rule');
    }
  });

  it('selfSetName gives an unlabelled self-set scheme its kind’s name in the current language', () => {
    const schemes = shipped('essay-vs-haggling.json');
    expect(selfSetName(schemes, zhKind)).toBe(zhKind('truth-telling'));
    expect(selfSetName(schemes, enKind)).toBe(enKind('truth-telling'));
  });

  it('selfSetName names the first of several self-set schemes as its column does', () => {
    const schemes = [
      { kind: 'haggled-quota', id: 'q', label: 'q' },
      { kind: 'truth-telling', id: 'a', label: 'a' },
      { kind: 'truth-telling', id: 'b', label: 'b' },
    ] as const;
    const names = schemeNames([...schemes], enKind);
    expect(selfSetName([...schemes], enKind)).toBe(names[1]);
    expect(names[1]).not.toBe(enKind('truth-telling'));
  });

  it('selfSetName is null when no scheme sets its own target', () => {
    expect(selfSetName([{ kind: 'haggled-quota', id: 'q', label: 'q' }], enKind)).toBeNull();
  });
});
