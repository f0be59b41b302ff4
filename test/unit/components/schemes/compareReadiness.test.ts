import { describe, expect, it } from 'vitest';
import {
  compareHolds,
  draftLabel,
  draftName,
  duplicateIds,
} from '$lib/components/schemes/compareReadiness';
import { presetLabel } from '$lib/components/schemes/presets';
import { en } from '$lib/i18n/en';
import { setLocale, t } from '$lib/i18n/i18n.svelte';
import { zhCN } from '$lib/i18n/zh-CN';

describe('compareReadiness', () => {
  it('lets valid schemes with their own identifiers go to Compare', () => {
    expect(compareHolds([{ id: 'a' }, { id: 'b' }], [true, true])).toEqual([]);
  });

  it('holds every scheme back while one is invalid, naming it, instead of dropping it', () => {
    expect(compareHolds([{ id: 'self-set' }, { id: 'haggled' }], [false, true])).toEqual([
      { reason: 'invalid', names: ['self-set'] },
    ]);
    expect(compareHolds([{ id: 'a' }, { id: ' ' }], [true, false])).toEqual([
      { reason: 'invalid', names: ['#2'] },
    ]);
  });

  it('names an invalid scheme as its editor shows it, by its name before its identifier', () => {
    const drafts = [
      { id: 'haggled-quota-2', label: 'Haggled quota 2' },
      { id: 'q', label: '  ' },
      { label: 'Ours' },
    ];
    expect(compareHolds(drafts, [false, false, false])).toEqual([
      { reason: 'invalid', names: ['Haggled quota 2', 'q', 'Ours'] },
    ]);
    expect(draftLabel({ id: 'a', label: 7 }, 1)).toBe('a');
    expect(draftLabel({ label: ' ' }, 1)).toBe('#2');
  });

  it('names an identifier two schemes share, valid or not, after any invalid scheme', () => {
    const drafts = [{ id: 'self-set' }, { id: 'self-set' }, { id: 'x' }, { id: 'x' }];
    expect([...duplicateIds(drafts)]).toEqual(['self-set', 'x']);
    expect(compareHolds(drafts, [true, false, true, true])).toEqual([
      { reason: 'invalid', names: ['self-set'] },
      { reason: 'duplicate', ids: ['self-set', 'x'] },
    ]);
  });

  it('holds an empty page back, and names a draft without an identifier by its place', () => {
    expect(compareHolds([], [])).toEqual([{ reason: 'none' }]);
    expect(draftName({ id: 42 }, 0)).toBe('#1');
    expect(draftName({ id: ' q ' }, 3)).toBe('q');
  });

  it('presetLabel names a new scheme in the current language, numbered from its second copy', () => {
    setLocale('en');
    expect(presetLabel('haggled-quota', t, 2)).toBe(`${en['scheme.haggled-quota']} 2`);
    expect(presetLabel('truth-telling', t)).toBe(en['scheme.truth-telling']);
    setLocale('zh-CN');
    expect(presetLabel('truth-telling', t)).toBe(zhCN['scheme.truth-telling']);
    expect(zhCN['scheme.truth-telling']).not.toBe(en['scheme.truth-telling']);
    setLocale('en');
  });
});
