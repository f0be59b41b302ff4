import { describe, expect, it } from 'vitest';
import { linkErrorText } from '../../../src/lib/components/linkErrorText';
import { setLocale } from '../../../src/lib/i18n/i18n.svelte';
import { readShareFragment } from '../../../src/lib/state/shareLink';

const scenario = Buffer.from(JSON.stringify({ name: 'x' })).toString('base64url');

/** The notice's lines for a link that carries `extra` beside a scenario. */
function refusal(extra: string): string[] {
  const result = readShareFragment(`#scenario=${scenario}&${extra}`);
  if (result.status !== 'bad') throw new Error('the link was not refused');
  return result.errors.filter((e) => 'key' in e).map(linkErrorText);
}

describe('linkErrorText', () => {
  it('linkErrorText refuses a planning cost out of range in percent, as the page takes it', () => {
    setLocale('en');
    const [line] = refusal('overCost=1.5');
    expect(line).toMatch(/^.+ \(overCost\): expected a percentage from 0% to 100%, saw 150%/);
    expect(line).toContain('“1.5” in the link');
    expect(line).not.toContain('0 to 1');
  });

  it('linkErrorText quotes a share that is not a number as the link wrote it', () => {
    setLocale('en');
    expect(refusal('underCost=abc')[0]).toMatch(/from 0% to 100%, saw “abc”\.$/);
  });

  it('linkErrorText keeps a parameter that is not a share in its own unit', () => {
    setLocale('en');
    expect(refusal('riskAversion=99')[0]).toMatch(/expected a number from 0 to 20, saw “99”/);
  });

  it('linkErrorText speaks in percent in Chinese too', () => {
    setLocale('zh-CN');
    const [line] = refusal('margin=-0.2');
    expect(line).toMatch(/\(margin\)：应为 0% 到 100% 之间的百分数，实际为-20%/);
    setLocale('en');
  });
});
