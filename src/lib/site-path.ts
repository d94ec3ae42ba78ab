/**
 * A path of the site with the deployment base in front, so that links work
 * at the root of a host and under a sub-path alike.
 *
 * With base `/dossier/`: `sitePath('sources/x/')` → `/dossier/sources/x/`
 */
export function sitePath(path: string, base: string = import.meta.env.BASE_URL): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root}${path.replace(/^\/+/u, '')}`;
}
