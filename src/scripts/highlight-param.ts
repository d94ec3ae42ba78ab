/** The query parameter that carries the searched words to the page a result opens. */
export const HIGHLIGHT_PARAM = 'surligner';
