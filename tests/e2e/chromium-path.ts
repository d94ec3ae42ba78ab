import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/**
 * The Chromium the browser tests drive: $CHROMIUM_PATH if set, else a
 * system Chromium, else Playwright's own browser (`undefined` lets Playwright
 * pick it). Throws with the ways to get one when there is none.
 */
export function chromiumPath(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is "${fromEnv}", but there is no file there. Hint: point it at a Chromium or Chrome executable, or unset it.`);
    return fromEnv;
  }
  const system = SYSTEM_CHROMIUMS.find((path) => existsSync(path));
  if (system) return system;
  let own: string | undefined;
  try {
    own = chromium.executablePath();
  } catch {
    own = undefined;
  }
  if (own && existsSync(own)) return undefined;
  throw new Error(
    [
      'No Chromium found for the browser tests. Any one of these works:',
      '  - Debian/Ubuntu: sudo apt-get install -y chromium   (then /usr/bin/chromium is used)',
      '  - Playwright\'s own browser: npx playwright install chromium',
      '  - an installed Chrome/Chromium: CHROMIUM_PATH=/path/to/chrome npm test',
    ].join('\n'),
  );
}

/** Launch options that name the Chromium to drive: none when it is Playwright's own. */
export function chromiumLaunch(): { executablePath?: string } {
  const path = chromiumPath();
  return path ? { executablePath: path } : {};
}
