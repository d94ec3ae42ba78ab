import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadDossier } from '../data/load-dossier.ts';
import { sitePath } from '../lib/site-path.ts';

/** Feed readers want the news, not the archive: the feed stops at this many sources. */
const FEED_ITEMS = 50;

/**
 * The newest sources as an RSS feed, newest first. A date known only to the
 * month or the year is given as its first day: RSS has no partial dates.
 */
export const GET: APIRoute = async ({ site }) => {
  const dossier = await loadDossier();
  const items = dossier.sources
    .slice(-FEED_ITEMS)
    .map((source) => ({
      title: source.title,
      link: sitePath(`sources/${source.id}/`),
      pubDate: new Date(`${source.published.date.padEnd(10, source.published.date.length === 4 ? '-01-01' : '-01')}T00:00:00Z`),
      description: `${source.outlet}${source.author ? `, ${source.author}` : ''} : ${source.article.blocks[0]?.text ?? ''}`,
      categories: [source.outlet],
    }))
    .reverse();
  return rss({
    title: dossier.title,
    description: dossier.description,
    site: new URL(sitePath(''), site),
    items,
    customData: '<language>fr</language>',
    trailingSlash: true,
  });
};
