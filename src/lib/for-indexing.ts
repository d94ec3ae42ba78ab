/** An opening or closing tag of the elements Pagefind would cut out of a heading, with its attributes (quoted values may hold « > »). */
const MARKS_WITHOUT_HEADING_TEXT = /<\/?(?:data|time)(?:\s(?:[^>"']|"[^"]*"|'[^']*')*)?>/giu;

/**
 * The id of an element that is not a heading, in its opening tag (Astro writes
 * attribute values in double quotes, which cannot hold one).
 */
const ID_OUTSIDE_HEADINGS = /(<(?!h[1-6][\s>])[a-zA-Z][a-zA-Z0-9-]*(?:\s[^>"]*(?:"[^"]*"[^>"]*)*?)?)\sid="[^"]*"/gu;

/**
 * The page as Pagefind should read it (the served page is left as it is):
 *
 * - apostrophes it splits words on: Pagefind does not split on the
 *   typographic one, so « avocat » would not find « l’avocat »;
 * - no `<data>` or `<time>` tags around the words: Pagefind leaves their text
 *   out of a heading's title in the results (« Un rachat à : stratégie ou
 *   provocation ? » for « Un rachat à 97,4 milliards $ : … »). The words stay;
 * - ids on headings only: Pagefind keeps every element with an id as an
 *   anchor, with its text, in the page's fragment that a search downloads;
 *   each paragraph's id (its citation anchor) doubled the fragment, and only
 *   headings make the sections of a result.
 *
 * TODO: drop the apostrophes once Pagefind segments on U+2019 itself.
 */
export function forIndexing(html: string): string {
  return textForIndexing(html).replace(MARKS_WITHOUT_HEADING_TEXT, '').replace(ID_OUTSIDE_HEADINGS, '$1');
}

/** Text (not HTML: a record's title or content) as Pagefind should read it: apostrophes it splits words on. */
export function textForIndexing(text: string): string {
  return text.replaceAll('’', "'");
}
