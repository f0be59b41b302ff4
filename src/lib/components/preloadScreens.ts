import { preloadCode } from '$app/navigation';
import { log } from '$lib/log';
import { screens } from './screens';

/**
 * Fetches the code of every screen as soon as the app has started. Each screen's code is
 * otherwise fetched on its first visit, so a connection lost after the start left every screen
 * not yet visited unreachable, although the app needs no server once loaded.
 */
export function preloadScreens(): void {
  for (const { href } of screens) {
    preloadCode(href).catch((error: unknown) => log.warn(`could not fetch ${href}`, error));
  }
}
