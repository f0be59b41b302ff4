import { describe, expect, it } from 'vitest';
import { runningText } from '../../../../src/lib/components/tune/runningText';
import { setLocale } from '../../../../src/lib/i18n/i18n.svelte';

setLocale('en');

describe('runningText', () => {
  it('runningText says the targets are being set while no trial is back, not 0.0%', () => {
    const text = runningText(0, 41);
    expect(text).toContain('41 values');
    expect(text).not.toMatch(/0\.0\s*%/);
  });

  it('runningText spaces the count from the Chinese words only where a number meets them', () => {
    setLocale('zh-CN');
    expect(runningText(0, 41)).toBe('正在为 41 个取值设定目标和定额，之后开始试验…');
    setLocale('en');
  });

  it('runningText gives the share of trials done once the first are back', () => {
    expect(runningText(0.65, 41)).toMatch(/65(\.0)?\s*%/);
  });
});
