/** Where the test servers listen (see playwright.config.ts): E2E_PORT moves them all. */
const port = Number(process.env.E2E_PORT ?? 4391);

export const SITES = {
  dossier: `http://127.0.0.1:${port}`,
  hostile: `http://127.0.0.1:${port + 1}`,
  /** The dossier built with SITE_BASE=/dossier/, served under that path. */
  subpath: `http://127.0.0.1:${port + 2}`,
  /** The dossier served with the headers of public/_headers (started by quality-csp.spec.ts). */
  headers: `http://127.0.0.1:${port + 3}`,
  /** A synthetic dossier of 100 captures (`npm run build:fixtures`): the pages only large dossiers split. */
  large: `http://127.0.0.1:${port + 4}`,
} as const;

/** The sub-path the `subpath` site is built for and served under. */
export const SUBPATH = '/dossier/';
