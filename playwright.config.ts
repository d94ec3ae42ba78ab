import { defineConfig } from '@playwright/test';
import { chromiumLaunch } from './tests/e2e/chromium-path.ts';
import { SITES, SUBPATH } from './tests/e2e/sites.ts';

/**
 * Ports of the built sites the tests serve: the dossier, a fixture of hostile
 * captures, the dossier built for a sub-path, and a synthetic dossier of 100 captures. E2E_PORT and E2E_DIST let two runs share a machine.
 */
const PORTS = {
  dossier: Number(new URL(SITES.dossier).port),
  hostile: Number(new URL(SITES.hostile).port),
  subpath: Number(new URL(SITES.subpath).port),
  large: Number(new URL(SITES.large).port),
} as const;
const DIST = process.env.E2E_DIST ?? 'dist';
const FIXTURES = process.env.E2E_FIXTURES ?? 'dist-fixtures';

export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Pagefind loads its WebAssembly and index before the first result: on a loaded 2-core
  // machine that took more than Playwright's default 5 s.
  expect: { timeout: 10_000 },
  workers: 2,
  reporter: process.env.CI ? 'list' : 'line',
  use: {
    baseURL: SITES.dossier,
    locale: 'fr-FR',
    launchOptions: {
      ...chromiumLaunch(),
      // Without these, Chromium calls home at start-up; there is no network here, and a
      // request leaving the site must fail the tests, not Chromium's background jobs.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: [
    {
      command: `node scripts/serve.ts ${DIST} ${PORTS.dossier}`,
      url: `${SITES.dossier}/`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `node scripts/serve.ts ${FIXTURES}/hostile ${PORTS.hostile}`,
      url: `${SITES.hostile}/`,
      reuseExistingServer: !process.env.CI,
    },
    {
      // Waits for the port, not a page: a checkout whose fixtures predate the sub-path build
      // still runs the other tests, and quality-subpath.spec.ts says what to build.
      command: `node scripts/serve.ts ${FIXTURES}/subpath ${PORTS.subpath} ${SUBPATH}`,
      port: PORTS.subpath,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `node scripts/serve.ts ${FIXTURES}/large ${PORTS.large}`,
      port: PORTS.large,
      reuseExistingServer: !process.env.CI,
    },
  ],
});
