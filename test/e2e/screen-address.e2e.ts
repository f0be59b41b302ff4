import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/lib/i18n/en';
import { openPage, screenshot, useBrowser } from './harness';

/** A GET of `path` exactly as written, not followed: its status and where it sends. */
function rawGet(base: string, path: string): Promise<{ status?: number; location?: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((done, fail) => {
    const req = request({ hostname, port, path }, (res) => {
      res.resume();
      done({ status: res.statusCode, location: res.headers.location });
    });
    req.on('error', fail);
    req.end();
  });
}

describe('a screen’s address typed with a trailing slash or an extra segment', () => {
  const app = useBrowser();

  it('sends /tune/ to /tune, and says /behaviour/extra names no screen', async () => {
    const slash = await fetch(`${app.url}tune/?x=1`, { redirect: 'manual' });
    expect(slash.status).toBe(308);
    expect(slash.headers.get('location')).toBe('/tune?x=1');
    // Files and the one-segment addresses the app answers itself are served as they were.
    expect((await fetch(`${app.url}favicon.svg`, { redirect: 'manual' })).status).toBe(200);
    expect((await fetch(`${app.url}nope`, { redirect: 'manual' })).status).toBe(200);
    // A path that reads as //host/… is sent to a path of this server, never to that host: sent
    // as written (a browser or fetch would tidy the dot segments first).
    for (const [path, to] of [
      ['/.//example.invalid/x/', '/example.invalid%2Fx'],
      ['/a/..//intranet-host/', '/intranet-host'],
      ['/tune//', '/tune'],
    ]) {
      const away = await rawGet(app.url, path);
      expect(away.status, path).toBe(308);
      expect(away.location, path).toBe(to);
    }

    const tune = await openPage(app.browser, `${app.url}tune/`);
    await tune.page.locator('[data-testid="tune-run"]').waitFor({ timeout: 60_000 });
    expect(new URL(tune.page.url()).pathname).toBe('/tune');
    expect(tune.errors).toEqual([]);
    await tune.page.context().close();

    const deep = await openPage(app.browser, `${app.url}behaviour/extra`);
    const error = deep.page.locator('[data-testid="screen-error"][data-status="404"]');
    await error.waitFor({ timeout: 60_000 });
    expect(await error.locator('h1').innerText()).toBe(en['screen.missing']);
    await screenshot(deep.page, 'screen-address-deep');
    // The router's "Not found" of the missing screen is the only error the console reports, as
    // for any address of no screen; no asset failed to load.
    expect(deep.errors.filter((e) => !/^\w+: Not found: \/behaviour%2Fextra/.test(e))).toEqual([]);
    await deep.page.context().close();
  });
});
