export interface KeywordInContext {
  before: string;
  keyword: string;
  after: string;
}

/**
 * A keyword-in-context line: the words around `[start, end)` of `text`, cut
 * at word boundaries, with an ellipsis where the text goes on.
 *
 * `keywordInContext('Selon Altman, Musk chercherait à ralentir OpenAI', 14, 18, 12)` → `{ before: '…Altman, ', keyword: 'Musk', after: ' chercherait…' }`
 */
export function keywordInContext(text: string, start: number, end: number, width = 60): KeywordInContext {
  let from = Math.max(0, start - width);
  let to = Math.min(text.length, end + width);
  if (from > 0) from = text.indexOf(' ', from) === -1 || text.indexOf(' ', from) >= start ? from : text.indexOf(' ', from) + 1;
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > end) to = space;
  }
  return {
    before: `${from > 0 ? '…' : ''}${text.slice(from, start)}`,
    keyword: text.slice(start, end),
    after: `${text.slice(end, to)}${to < text.length ? '…' : ''}`,
  };
}
