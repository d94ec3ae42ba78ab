// @ts-check
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_FILES, checkContentFile } from './src/lib/check-content-files.ts';
import { checkCompanion } from './src/lib/check-summary.ts';
import { nonXmlCharacter } from './src/lib/non-xml-character.ts';
import { contentDir, siteBase, siteUrl } from './src/settings.ts';

/**
 * SITE_BASE deploys the site under a sub-path (e.g. `/dossier/`); SITE_URL is
 * the public origin used in absolute links (sitemap, feeds). Both are read at
 * build time, so one build serves one place.
 */
const base = siteBase();
/** A fixture dossier (tests) keeps its own content cache, apart from the real one. */
const content = process.env.DOSSIER_CONTENT?.trim() ? contentDir() : undefined;

const site = siteUrl(process.env, process.argv.includes('build'));

/** What ingest left for the editors in the companions, said again at the end of the build, where it is seen. */
/** @type {string[]} */
const leftToCheck = [];

/**
 * The content is checked before Astro reads it and MDX compiles it: the YAML
 * files and the companions' front matter against their schemas (Astro's own
 * messages are garbled), the summaries for what MDX would run (a `{…}`, a
 * `<script>`) or fail on with a message that says no fix.
 */
const summaries = {
  name: 'dossier-summaries',
  hooks: {
    /** @param {{ logger: import('astro').AstroIntegrationLogger }} options */
    'astro:config:done': ({ logger }) => checkContent(logger),
    /** @param {{ logger: import('astro').AstroIntegrationLogger }} options */
    'astro:build:done': ({ logger }) => {
      if (leftToCheck.length === 0) return;
      logger.warn(
        `Published, marked « en cours de vérification »: ${leftToCheck.length} thing${leftToCheck.length > 1 ? 's' : ''} left to check in the companions:\n${leftToCheck.join('\n')}`,
      );
    },
  },
};

/**
 * Fails on what the schemas reject in the YAML files and the companions and on
 * a summary MDX would misread, every file at once; warns of what ingest left to check.
 * @param {import('astro').AstroIntegrationLogger} logger
 */
function checkContent(logger) {
  const dir = `${contentDir()}/sources`;
  const messages = [];
  leftToCheck.length = 0;
  for (const { name, schema, entry, list } of CONTENT_FILES) {
    const path = `${contentDir()}/${name}`;
    try {
      if (existsSync(path)) checkContentFile(path, readFileSync(path, 'utf8'), schema, entry, list);
    } catch (error) {
      messages.push(error instanceof Error ? error.message : String(error));
    }
  }
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.mdx')).sort()) {
    try {
      for (const warning of checkCompanion(`${dir}/${name}`, readFileSync(`${dir}/${name}`, 'utf8'))) {
        logger.warn(warning);
        leftToCheck.push(warning);
      }
    } catch (error) {
      messages.push(error instanceof Error ? error.message : String(error));
    }
  }
  if (messages.length > 0) throw new Error(messages.join('\n'));
}

/**
 * Fails the build when a file it wrote as XML (the feed, the sitemaps, any
 * other) holds a character XML does not allow: a feed reader would reject the
 * whole feed. The content is cleaned as it is loaded and the feed cleans what
 * it writes; this catches a writer that does not.
 */
const publishedXml = {
  name: 'dossier-published-xml',
  hooks: {
    /** @param {{ dir: URL }} options */
    'astro:build:done': ({ dir }) => {
      const root = fileURLToPath(dir);
      const problems = readdirSync(root, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile() && entry.name.endsWith('.xml'))
        .map((entry) => join(entry.parentPath, entry.name))
        .map((path) => nonXmlCharacter(relative('.', path), readFileSync(path, 'utf8')))
        .filter(Boolean);
      if (problems.length > 0) throw new Error(problems.join('\n'));
    },
  },
};

export default defineConfig({
  site,
  base,
  ...(content ? { cacheDir: `./node_modules/.astro-${content.replace(/[^a-z0-9]+/giu, '-')}` } : {}),
  trailingSlash: 'always',
  // Eight pages in flight: while one page's files are written, others render (1,000 captures:
  // the page phase went from ≈ 13 s to ≈ 9–11 s; see README, Scale). Pages share nothing but
  // the dossier, which loadDossier() assembles once.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 8 },
  // MDX with the unified processor (Astro 7's default is satteri), SmartyPants off: it would
  // turn the editors' " into English quotes; they write « ». French spacing is done once, on
  // every page, by src/middleware.ts.
  integrations: [
    summaries,
    mdx({ processor: unified({ smartypants: false }) }),
    // sitemap-index.xml + sitemap-0.xml, every page but the 404.
    sitemap({ filter: (page) => !new URL(page).pathname.endsWith('/404/') }),
    publishedXml,
  ],
  devToolbar: { enabled: false },
  vite: {
    build: {
      rollupOptions: {
        onwarn(warning, warn) {
          // MDX modules start with Astro's own "use astro:head-inject" directive, which the
          // bundler warns about once per file although Astro handles it. TODO: drop when Astro
          // stops emitting it as a module-level directive.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
