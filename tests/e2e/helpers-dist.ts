import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The built sites on disk, as playwright.config.ts serves them. */
export const DIST = process.env.E2E_DIST ?? 'dist';
export const FIXTURES = process.env.E2E_FIXTURES ?? 'dist-fixtures';

/** The HTML files of a built site (not Pagefind's), as paths relative to it with / separators. */
export function htmlFiles(dir: string): string[] {
  if (!existsSync(dir)) throw new Error(`${dir} does not exist. Hint: run npm run build && npm run build:fixtures first.`);
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((path) => !path.startsWith('pagefind/'))
    .sort();
}
