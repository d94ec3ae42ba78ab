/**
 * The index stores ’ as ' (Pagefind does not split words on ’, so « avocat »
 * would not find « l’avocat »): put the French apostrophe back in what is shown.
 */
export function restoreApostrophes(html: string): string {
  // Before a letter, a guillemet (« qu’« OpenAI… ») or a highlighted word (« l’<mark>avocat</mark> »).
  return html.replace(/(\p{L})'(?=\p{L}|«|<mark>\p{L})/gu, '$1’');
}
