import { defineConfig } from '@playwright/test';
import { chromiumPath } from './tests/e2e/chromium-path.ts';

/** Ports of the two built sites the tests serve: the dossier, and a fixture of hostile captures. */
export const PORTS = { dossier: 4391, hostile: 4392 } as const;

export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? 'list' : 'line',
  use: {
    baseURL: `http://127.0.0.1:${PORTS.dossier}`,
    locale: 'fr-FR',
    launchOptions: {
      executablePath: chromiumPath(),
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
      command: `node scripts/serve.ts dist ${PORTS.dossier}`,
      url: `http://127.0.0.1:${PORTS.dossier}/`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `node scripts/serve.ts dist-fixtures/hostile ${PORTS.hostile}`,
      url: `http://127.0.0.1:${PORTS.hostile}/`,
      reuseExistingServer: !process.env.CI,
    },
  ],
});
