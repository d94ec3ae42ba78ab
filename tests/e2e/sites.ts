/** Where the test servers listen (see playwright.config.ts): E2E_PORT moves both. */
const port = Number(process.env.E2E_PORT ?? 4391);

export const SITES = {
  dossier: `http://127.0.0.1:${port}`,
  hostile: `http://127.0.0.1:${port + 1}`,
} as const;
