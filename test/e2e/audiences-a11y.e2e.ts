import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, screenshot, useBrowser } from './harness';

const screens = ['', 'tune', 'train', 'schemes', 'behaviour'] as const;

/** Controls without an accessible name and charts without a text alternative, by a short id. */
async function unnamed(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const visible = (el: Element) => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    };
    const byIds = (ids: string) =>
      ids
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ');
    const name = (el: Element): string => {
      const labelled = el.getAttribute('aria-labelledby');
      if (labelled) return byIds(labelled);
      const aria = el.getAttribute('aria-label');
      if (aria) return aria;
      const labels = (el as HTMLInputElement).labels;
      if (labels && labels.length > 0) return [...labels].map((l) => l.textContent).join(' ');
      if (el.tagName === 'svg') return el.querySelector(':scope > title')?.textContent ?? '';
      return (el.textContent ?? '').trim() || el.getAttribute('title') || '';
    };
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}` +
      `[${el.getAttribute('data-testid') ?? el.className.toString().slice(0, 30)}]`;

    const controls = document.querySelectorAll(
      'input, select, textarea, button, a[href], summary, [role="slider"], [tabindex="0"]',
    );
    const charts = document.querySelectorAll('main svg:not([aria-hidden="true"])');
    return [...controls, ...charts]
      .filter((el) => visible(el) && !el.closest('[aria-hidden="true"]'))
      .filter((el) => el.tagName !== 'svg' || el.getBoundingClientRect().width > 40)
      .filter((el) => name(el).trim() === '')
      .map(describe);
  });
}

/** Where focus goes on each of the first `stops` Tab presses, for stops that have no name. */
async function tabStopsWithoutName(page: Page, stops: number): Promise<string[]> {
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  const problems: string[] = [];
  for (let k = 0; k < stops; k++) {
    await page.keyboard.press('Tab');
    const problem = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const text =
        el.getAttribute('aria-label') ??
        ((el as HTMLInputElement).labels?.[0]?.textContent || el.textContent?.trim());
      return text ? null : `${el.tagName}.${el.className.toString().slice(0, 30)}`;
    });
    if (problem) problems.push(problem);
  }
  return problems;
}

describe('keyboard and screen readers on every screen', () => {
  const app = useBrowser();

  for (const locale of ['en-US', 'zh-CN']) {
    it(`names every control and chart, and every tab stop, in ${locale}`, async () => {
      const { page, errors } = await openPage(app.browser, app.url, locale);
      await page.waitForSelector('[data-testid="run-status"][data-state="done"]', {
        timeout: 90_000,
      });
      for (const path of screens) {
        if (path !== '') await page.locator(`nav a[href$="${path}"]`).click();
        await page.waitForTimeout(path === '' ? 500 : 2500);
        expect(await unnamed(page), path || 'compare').toEqual([]);
        expect(await tabStopsWithoutName(page, 40), path || 'compare').toEqual([]);
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        await screenshot(page, `screen-${path || 'compare'}-${locale}`);
      }
      expect(errors).toEqual([]);
    });
  }

  for (const locale of ['en-US', 'zh-CN']) {
    it(`fits every screen in a 390 px wide phone without sideways scrolling, in ${locale}`, async () => {
      const { page, errors } = await openPage(app.browser, app.url, locale);
      await page.setViewportSize({ width: 390, height: 800 });
      await page.waitForSelector('[data-testid="run-status"][data-state="done"]', {
        timeout: 90_000,
      });
      for (const path of screens) {
        if (path !== '') await page.locator(`nav a[href$="${path}"]`).click();
        await page.waitForTimeout(path === '' ? 500 : 2500);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(width, path || 'compare').toBeLessThanOrEqual(390);
      }
      await screenshot(page, `phone-${locale}`);
      expect(errors).toEqual([]);
    });
  }

  it('the check itself finds a control with no name', async () => {
    const { page } = await openPage(app.browser, `${app.url}schemes`);
    await page.waitForSelector('#schemes-title');
    await page.evaluate(() => {
      const button = document.createElement('button');
      button.className = 'planted';
      document.querySelector('main')?.append(button);
    });
    expect(await unnamed(page)).toContain('button[planted]');
  });
});
