import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadDossier } from '../data/load-dossier.ts';
import type { Source } from '../lib/assemble-dossier.ts';
import { balanceBidi } from '../lib/balance-bidi.ts';
import { formatDate } from '../lib/format-date.ts';
import { sitePath } from '../lib/site-path.ts';
import { withoutForbiddenCharacters } from '../lib/without-forbidden-characters.ts';

/**
 * Text for the feed, whatever it holds: only characters XML allows (the content
 * is cleaned as it is loaded; this guards the feed against any text that was
 * not), and no bidi control left open to turn around what a reader shows after it.
 */
const feedText = (text: string) => balanceBidi(withoutForbiddenCharacters(text));

/** « publié le 17 février 2025 », « publié en février 2025 (date déduite) ». */
function publishedInWords(published: Source['published']): string {
  const date = formatDate(published.date, { weekday: false });
  const when = published.precision === 'day' ? `publié le ${date}` : `publié en ${date}`;
  return published.basis === 'inferred' ? `${when} (date déduite)` : when;
}

/** Feed readers want the news, not the archive: the feed stops at this many sources. */
const FEED_ITEMS = 50;

/**
 * The newest sources as an RSS feed, newest first. RSS has no partial dates:
 * a source known only to the month or the year has no <pubDate> (its first
 * day would date it before the events it reports) and says its date in words.
 */
export const GET: APIRoute = async ({ site }) => {
  const dossier = await loadDossier();
  const items = dossier.sources
    .slice(-FEED_ITEMS)
    .map((source) => ({
      title: feedText(source.title),
      link: sitePath(`sources/${source.id}/`),
      ...(source.published.precision === 'day' ? { pubDate: new Date(`${source.published.date}T00:00:00Z`) } : {}),
      description: feedText(`${source.outlet}${source.author ? `, ${source.author}` : ''}, ${publishedInWords(source.published)}${source.titleBasis === 'inferred' ? ' ; titre donné par la rédaction, la capture n’en a pas' : ''} : ${source.article.blocks[0]?.text ?? ''}`),
      categories: [feedText(source.outlet)],
    }))
    .reverse();
  return rss({
    title: feedText(dossier.title),
    description: feedText(dossier.description),
    site: new URL(sitePath(''), site),
    items,
    customData: '<language>fr</language>',
    trailingSlash: true,
  });
};
