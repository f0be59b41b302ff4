import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/lib/i18n/en';
import { zhCN } from '../../../src/lib/i18n/zh-CN';

function svelteFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return svelteFiles(path);
    return entry.name.endsWith('.svelte') ? [path] : [];
  });
}

describe('a figure named in a chart readout', () => {
  it('is joined to its name by the catalog, so Chinese reads "目标：", not "目标: "', () => {
    expect(en.labelValue.replace('{{label}}', 'Target').replace('{{value}}', '¥1')).toBe(
      'Target: ¥1',
    );
    expect(zhCN.labelValue.replace('{{label}}', '目标').replace('{{value}}', '¥1')).toBe(
      '目标：¥1',
    );
  });

  it('no chart writes a colon of its own between a name and a figure', () => {
    // Markup such as {t('chart.heat.target')}: {fmt(cell.target, 'money')}.
    const written = /\}: \{/;
    const offenders = svelteFiles('src/lib/charts').filter((file) => {
      const markup = readFileSync(file, 'utf8').split('</script>').at(-1) ?? '';
      return written.test(markup.split('<style')[0]);
    });
    expect(offenders).toEqual([]);
  });
});
