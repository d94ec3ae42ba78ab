/** Punctuation at a word's ends, not inside it: « (Musk), » is « Musk », « 97,4 » stays whole. */
const LEADING = /^[^\p{L}\p{N}]+/u;
const TRAILING = /[^\p{L}\p{N}]+$/u;

/**
 * A French elision at the start of a word, with ’ or ': l’, d’, n’, s’, j’, c’, m’,
 * t’, and qu’ with the words ending in it (jusqu’, lorsqu’, puisqu’…).
 */
const ELISION = /^(?:\p{L}*qu|[cdjlmnst])['’]/iu;

/**
 * The words a page opened from a search highlights, one per `?surligner=`: the
 * query cut at spaces only, each word without the punctuation around it and
 * without its elision. The page's highlighter (mark.js, under Pagefind's
 * highlight script) looks for each as text on the page: « l’avocat » must give
 * « avocat », which also stands in « L'avocat » and « avocats », and
 * « 97,4 » must stay whole to be found as the page writes it. Pagefind's own
 * terms would not do: it drops punctuation inside words (« lavocat », « 974 »),
 * which no page contains.
 */
export function highlightTerms(query: string): string[] {
  const terms = new Map<string, string>();
  for (const word of query.split(/\s+/u)) {
    const term = word.replace(LEADING, '').replace(ELISION, '').replace(TRAILING, '');
    if (term && !terms.has(term.toLocaleLowerCase('fr'))) terms.set(term.toLocaleLowerCase('fr'), term);
  }
  return [...terms.values()];
}

/**
 * A result's link carrying the words to highlight, in the query before its
 * fragment: `/#offre` → `/?surligner=avocat#offre`. Links are kept as Pagefind
 * gives them, relative to the site's origin (and under its base path).
 */
export function withHighlight(href: string, terms: readonly string[], param: string): string {
  if (terms.length === 0) return href;
  const url = new URL(href, 'http://site.invalid');
  for (const term of terms) url.searchParams.append(param, term);
  return url.origin === 'http://site.invalid' ? `${url.pathname}${url.search}${url.hash}` : url.href;
}
