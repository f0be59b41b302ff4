import { describe, expect, it } from 'vitest';
import { limitMessageKey } from '$lib/components/fields/limitMessage';
import { en } from '$lib/i18n/en';
import { zhCN } from '$lib/i18n/zh-CN';

describe('limitMessageKey', () => {
  it('limitMessageKey asks for a whole number where only whole numbers are accepted', () => {
    const key = limitMessageKey({ min: 1, max: 10, integer: true });
    expect(en[key]).toMatch(/whole number/);
    expect(zhCN[key]).toMatch(/整数/);
  });

  it('limitMessageKey keeps the plain range for a field that accepts fractions', () => {
    const key = limitMessageKey({ min: 0, max: 1, integer: false });
    expect(en[key]).not.toMatch(/whole/);
    expect(en[key]).toContain('{{min}}');
  });
});
