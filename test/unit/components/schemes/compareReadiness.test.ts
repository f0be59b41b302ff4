import { describe, expect, it } from 'vitest';
import { compareHolds, draftName, duplicateIds } from '$lib/components/schemes/compareReadiness';
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
      { reason: 'invalid', ids: ['self-set'] },
    ]);
    expect(compareHolds([{ id: 'a' }, { id: ' ' }], [true, false])).toEqual([
      { reason: 'invalid', ids: ['#2'] },
    ]);
  });

  it('names an identifier two schemes share, valid or not, after any invalid scheme', () => {
    const drafts = [{ id: 'self-set' }, { id: 'self-set' }, { id: 'x' }, { id: 'x' }];
    expect([...duplicateIds(drafts)]).toEqual(['self-set', 'x']);
    expect(compareHolds(drafts, [true, false, true, true])).toEqual([
      { reason: 'invalid', ids: ['self-set'] },
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
