/**
 * The environment the build, the preview server and ingest read, in one place,
 * read one way (an empty variable is the same as an unset one):
 *
 * - `DOSSIER_CONTENT`: the content folder (the one holding `sources/`), `content` by default;
 *   relative to the project's folder, or absolute.
 * - `SITE_URL`: the public origin written into absolute links. A build to deploy needs it;
 *   a local preview (`SITE_PREVIEW=1`: `npm start`, `npm test`) uses http://localhost:4321.
 * - `SITE_BASE`: the sub-path the site is served under, `/` by default.
 */

export type Env = Readonly<Record<string, string | undefined>>;

/** The address a preview build writes into its absolute links. */
export const PREVIEW_ORIGIN = 'http://localhost:4321';

function read(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

/** The content folder: DOSSIER_CONTENT, or `content`. */
export function contentDir(env: Env = process.env): string {
  return read(env, 'DOSSIER_CONTENT') ?? 'content';
}

/** The sub-path, as `/` or `/dossier/`: leading and trailing slashes added, doubled ones folded. */
export function siteBase(env: Env = process.env): string {
  const trimmed = (read(env, 'SITE_BASE') ?? '/').replace(/^\/+|\/+$/gu, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * The public origin. A build meant for deployment must not publish localhost
 * addresses, so a build (`forBuild`) refuses without SITE_URL unless it is a
 * local preview (SITE_PREVIEW set).
 */
export function siteUrl(env: Env = process.env, forBuild = false): string {
  const value = read(env, 'SITE_URL');
  if (!value) {
    if (!forBuild || read(env, 'SITE_PREVIEW')) return PREVIEW_ORIGIN;
    throw new Error(
      `SITE_URL is not set: a build to deploy would publish ${PREVIEW_ORIGIN} in its canonical links, Open Graph, sitemap, feed and robots.txt. ` +
        'Hint: SITE_URL=https://your.host npm run build (README, Deploy); for a local preview, npm start or npm run build:preview.',
    );
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL is "${value}", which is not an address. Hint: the public origin alone, e.g. SITE_URL=https://dossier.example.org`);
  }
  const web = url.protocol === 'https:' || url.protocol === 'http:';
  if (!web || url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
    const path = url.pathname.replace(/\/?$/u, '/');
    throw new Error(
      `SITE_URL is "${value}": it must be an http(s) origin alone. Hint: SITE_URL=${web ? url.origin : 'https://dossier.example.org'}` +
        (web && path !== '/' ? ` and SITE_BASE=${path} (the sub-path goes in SITE_BASE)` : ''),
    );
  }
  return url.origin;
}
