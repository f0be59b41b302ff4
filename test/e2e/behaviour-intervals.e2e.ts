import { describe, expect, it } from 'vitest';
import { enBehaviour } from '../../src/lib/i18n/en/behaviour';
import { zhBehaviour } from '../../src/lib/i18n/zh-CN/behaviour';
import { openPage, screenshot, useBrowser } from './harness';

/** Cells of the behaviour table, by column, as the header row orders them. */
const EXTRA = 2;
const UTILITY = 13;

const catalogs = { 'en-US': enBehaviour, 'zh-CN': zhBehaviour };

// Every rep strategic and so risk-averse, with so little wealth, that the rep
// utility of any pay is its ceiling in doubles, and extra sales are a few cents ± noise.
describe('the behaviour table at an extreme attitude to risk', () => {
  const app = useBrowser();

  for (const [locale, m] of Object.entries(catalogs)) {
    it(`rounds intervals as their figures, says why utility is missing (${locale})`, async () => {
      const { page, errors } = await openPage(app.browser, `${app.url}behaviour`, locale);
      const field = (label: string) => page.getByLabel(label, { exact: true });
      await field(m['behaviour.naiveShare']).fill('0');
      await field(m['behaviour.risk']).selectOption({ label: m['behaviour.risk.crra'] });
      await field(m['behaviour.rho']).fill('20');
      await field(m['behaviour.wealth']).fill('0.001');

      const run = page.locator('[data-testid="behaviour-run"]');
      await page.waitForFunction(
        () => !document.querySelector<HTMLButtonElement>('[data-testid="behaviour-run"]')?.disabled,
        null,
        { timeout: 60_000 },
      );
      await run.click();
      await page.locator('[data-testid="behaviour-statement"]').waitFor({ timeout: 120_000 });

      const table = page.locator('[data-testid="behaviour-table"]');
      const rows = await table.locator('tbody tr').all();
      expect(rows.length).toBeGreaterThan(1);
      for (const row of rows) {
        const cells = (await row.locator('td').allTextContents()).map((c) => c.trim());
        // No money interval is written to more than hundredths (it read ¥0.0000385).
        for (const cell of cells) expect(cell).not.toMatch(/± (CN)?¥[\d,]*\.\d{3,}/);
        // A few cents of extra sales with an interval of a few ten-thousandths of a yuan: not
        // written as 0, nor to its digits below a cent, but as a bound.
        expect(cells[EXTRA]).toMatch(/\d ± < (CN)?¥0\.01$/);
        expect(cells[UTILITY]).toBe(m['behaviour.utility.notComputable']);
      }
      const note = page.locator('[data-testid="utility-at-ceiling"]');
      await expect(note.textContent()).resolves.toBe(m['behaviour.utility.atCeiling']);

      // Scrolled to its last column, where the utility is.
      await table.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
      await screenshot(page, `behaviour-intervals-${locale}`);
      expect(errors).toEqual([]);
    });
  }
});
