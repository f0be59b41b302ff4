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

  it('runningText gives the share of trials done once the first are back', () => {
    expect(runningText(0.65, 41)).toMatch(/65(\.0)?\s*%/);
  });
});
