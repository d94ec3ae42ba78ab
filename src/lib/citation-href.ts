import type { ResolvedCitation } from './resolve-citation.ts';
import { sitePath } from './site-path.ts';

/** Characters that are syntax in a text fragment, encoded so they stay text. */
function encodeTextDirective(text: string): string {
  return encodeURIComponent(text).replace(/-/gu, '%2D').replace(/,/gu, '%2C').replace(/&/gu, '%26');
}

const WORDS_AT_EACH_END = 4;

/**
 * The link from a citation to its passage: the paragraph's id (which every
 * browser follows and `:target` highlights), then a text fragment that
 * browsers supporting it use to highlight the quoted words themselves.
 *
 * → `/sources/x/#p-lundi-10-fevrier:~:text=Lundi%2010%20f%C3%A9vrier`
 */
export function citationHref(citation: Readonly<ResolvedCitation>, base?: string): string {
  const words = citation.quote.split(/\s+/u).filter(Boolean);
  const directive =
    words.length <= WORDS_AT_EACH_END * 2
      ? encodeTextDirective(words.join(' '))
      : `${encodeTextDirective(words.slice(0, WORDS_AT_EACH_END).join(' '))},${encodeTextDirective(words.slice(-WORDS_AT_EACH_END).join(' '))}`;
  return `${sitePath(`sources/${citation.source}/`, base)}#${citation.block}:~:text=${directive}`;
}
