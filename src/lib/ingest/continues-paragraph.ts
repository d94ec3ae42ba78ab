/**
 * Words that tie a sentence to the one before it: a connective at its start
 * (« Cependant, », « However, ») or a demonstrative pointing back (« cette
 * décision », « this deal »). A sentence without them starts a paragraph.
 */
const TIES: Record<string, { start: RegExp; demonstrative: RegExp; opening: RegExp }> = {
  fr: {
    start:
      /^(?:cependant|toutefois|pourtant|néanmoins|mais|et|or|donc|ainsi|alors que|en effet|de plus|en outre|par ailleurs|d['’]ailleurs|aussi|puis|ensuite|enfin|il|elle|ils|elles|cela|ceci|ça|c['’]est|celui|celle|ceux|selon lui|selon elle|de son côté|pour sa part|même si)\b/iu,
    demonstrative: /(?:^|[\s'’(«"])(?:cet|cette|ces|ce(?!\s+(?:qui|que|qu['’]|dont)\b))\s+\p{L}/iu,
    opening: /(?:^|\s)(?:donc|ainsi)\b/iu,
  },
  en: {
    start:
      /^(?:however|but|and|so|yet|still|thus|therefore|meanwhile|moreover|furthermore|also|instead|indeed|in addition|as a result|he|she|it|they|his|her|their|its)\b/iu,
    demonstrative: /\b(?:this|these|those)\s+\p{L}/iu,
    opening: /\b(?:therefore|thus)\b/iu,
  },
};

/** A list item written inline: a short capitalised label, a colon, its text. */
const LABEL_ITEM = /^\p{Lu}[^.!?:]{2,90}?\s?:\s+\S/u;

/** Whether a sentence is a list item written inline: « Compétition accrue entre les acteurs : La bataille… ». */
export function isLabelItem(sentence: string): boolean {
  const match = LABEL_ITEM.exec(sentence);
  return match !== null && match[0].split(/\s+/u).length <= 12;
}

/**
 * Whether, in text pasted without its line breaks, `sentence` goes on the
 * paragraph of `previous` rather than starting one. A sentence that ties
 * back (a connective, a demonstrative, « donc ») goes on; list items and the
 * sentence introducing them (ending with a colon) stand alone.
 *
 * `continuesParagraph('Le conseil a rejeté l’offre.', 'Cette décision marque une étape.', undefined, 'fr')` → `true`
 */
export function continuesParagraph(previous: string, sentence: string, next: string | undefined, language: string): boolean {
  if (/:\s*$/u.test(previous) || isLabelItem(sentence)) return false;
  if (/:\s*$/u.test(sentence) && next !== undefined && isLabelItem(next)) return false;
  const ties = TIES[language] ?? TIES.fr!;
  const opening = sentence.split(/\s+/u).slice(0, 8).join(' ');
  return ties.start.test(sentence) || ties.demonstrative.test(sentence) || ties.opening.test(opening);
}
