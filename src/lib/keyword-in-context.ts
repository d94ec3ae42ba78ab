export interface KeywordInContext {
  before: string;
  keyword: string;
  after: string;
}

const SPACE = /\s/u;

/**
 * A keyword-in-context line: the words around `[start, end)` of `text` that
 * fit in `width` characters on each side, never a cut word, with an ellipsis
 * where the text goes on.
 *
 * `keywordInContext('Selon Altman, Musk chercherait à ralentir OpenAI', 14, 18, 12)` → `{ before: '…Altman, ', keyword: 'Musk', after: ' chercherait…' }`
 */
export function keywordInContext(text: string, start: number, end: number, width = 60): KeywordInContext {
  let from = Math.max(0, start - width);
  // Not in the middle of a word: move on to the next word that starts before the keyword.
  if (from > 0 && !SPACE.test(text[from - 1]!)) {
    const space = text.slice(from, start).search(SPACE);
    from = space === -1 ? start : from + space + 1;
  }
  let to = Math.min(text.length, end + width);
  // Not in the middle of a word: go back to the end of the last whole word after the keyword.
  if (to < text.length && !SPACE.test(text[to]!)) {
    const space = text.lastIndexOf(' ', to);
    to = space >= end ? space : end;
  }
  return {
    before: `${from > 0 ? '…' : ''}${text.slice(from, start)}`,
    keyword: text.slice(start, end),
    after: `${text.slice(end, to)}${to < text.length ? '…' : ''}`,
  };
}
