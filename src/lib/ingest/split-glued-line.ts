import { RELATED_LINK_LABEL } from './classify-block.ts';
import { stopWordsOf } from './stop-words.ts';

/** A piece of a glued line: one sentence, heading or widget label. */
export interface Fragment {
  /** Offsets in the capture. */
  start: number;
  end: number;
  /** How the fragment ends: with a sentence's punctuation, at a glue point, or at the end of the line. */
  endsWith: 'sentence' | 'glue' | 'end';
  /** How it starts: after a sentence, after a glue point, or at the start of the line. */
  startsAfter: 'sentence' | 'glue' | 'start';
}

interface Token {
  start: number;
  end: number;
  text: string;
}

/** Abbreviations whose period does not end a sentence. */
const ABBREVIATIONS = new Set(
  'm mm mme mmes mlle mlles dr pr me st ste etc cf p ex vs inc corp ltd co jr sr mr mrs ms no av art fig vol éd ed env approx'.split(' '),
);
const CLOSERS = /[»"”’)\]]+$/u;
const SENTENCE_END = /[.!?…]$/u;
const OPENS_SENTENCE = /^[\p{Lu}\d«"“(\[¿¡©]/u;
/** Words that begin a boilerplate line, when they are glued to what precedes them. */
const WIDGET_START =
  /^(Publié|Publiée|Mis|Modifié|Updated|Published|Posted|Par|By|Partager|Partagez|Share|Lire|Read|Newsletter|Crédits?|Credit|Photo|Commentaires?|Comments?|Accueil|Home|Source)(?![\p{L}\p{N}])/u;
const DATE_CUES = /^(?:publiée?|posted|published|updated|jour|modifiée?|on)$/iu;
const DATE_START = /^(?:(?:19|20)\d{2}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.](?:19|20)\d{2})/u;
/** A date glued to the word after it: `2025-02-17Comment`. */
const DATE_GLUED = /^((?:19|20)\d{2}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.](?:19|20)\d{2})(?=\p{L})/u;
/** Function words a heading does not end on. */
const HEADING_CANNOT_END = /^(?:de|du|des|la|le|les|l|d|un|une|et|ou|à|au|aux|en|pour|par|sur|dans|avec|the|a|an|of|to|for|and|or|in|on|with|by)$/iu;

function tokenize(text: string, offset: number): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(/\S+/gu)) {
    const start = offset + (match.index ?? 0);
    const word = match[0];
    // A date glued to the next word is two tokens.
    const glued = DATE_GLUED.exec(word);
    if (glued) {
      tokens.push({ start, end: start + glued[1]!.length, text: glued[1]! });
      tokens.push({ start: start + glued[1]!.length, end: start + word.length, text: word.slice(glued[1]!.length) });
    } else {
      tokens.push({ start, end: start + word.length, text: word });
    }
  }
  return tokens;
}

function endsSentence(tokens: Token[], i: number): boolean {
  let token = tokens[i]!.text;
  // « … vendre. » : the closing mark stands alone after the period.
  if (/^[»"”’)\]]+$/u.test(token) && i > 0) token = tokens[i - 1]!.text;
  const core = token.replace(CLOSERS, '');
  if (!SENTENCE_END.test(core)) return false;
  const word = core.replace(/[.!?…]+$/u, '');
  if (core.endsWith('.') && !core.endsWith('..')) {
    if (ABBREVIATIONS.has(word.toLowerCase())) return false;
    // Initials (J. Doe, U.S.) do not end sentences.
    if (/^(\p{L}\.)*\p{Lu}$/u.test(word)) return false;
  }
  return true;
}

/**
 * Whether a list item starts at `tokens[i]` after a colon: « tendances clés :
 * Renforcement de l'indépendance … : OpenAI préserve… ». The item is a short
 * capitalised label followed by its own colon.
 */
function opensListItem(tokens: Token[], i: number): boolean {
  const previous = tokens[i - 1]!.text;
  if (!(previous === ':' || previous.endsWith(':')) || !/^\p{Lu}/u.test(tokens[i]!.text)) return false;
  for (let k = i; k < Math.min(tokens.length, i + 12); k++) {
    const text = tokens[k]!.text;
    if (k > i && (text === ':' || text.endsWith(':'))) return true;
    if (endsSentence(tokens, k) || text.endsWith(',')) return false;
  }
  return false;
}

const isBare = (token: string) => /[\p{L}\p{N}]$/u.test(token);
const isCapitalized = (token: string) => /^\p{Lu}/u.test(token);
const isLower = (token: string | undefined) => token !== undefined && /^\p{Ll}/u.test(token);

/** Buttons printed as one word: alone at a cut, the capitalised word after them starts something else. */
const BUTTON = /^(?:Partager|Partagez|Share|Imprimer)$/u;

/** Whether a glued line restarts at `tokens[i]` although nothing ends before it; `cutBefore`: whether a block starts at `tokens[i - 1]`. */
function isGluePoint(tokens: Token[], i: number, stopWords: ReadonlySet<string>, cutBefore: boolean): boolean {
  const previous = tokens[i - 1]!.text;
  const token = tokens[i]!.text;
  if (!isBare(previous)) return false;
  // « Share Last year our… »: a button alone, then the article.
  if (cutBefore && BUTTON.test(previous) && isCapitalized(token)) return true;
  // A date glued to a word is a cut (« 2025-02-17Comment »); after « Publié le » it is the dateline going on.
  if (DATE_START.test(previous)) return true;
  if (DATE_START.test(token)) return !stopWords.has(previous.toLowerCase()) && !DATE_CUES.test(previous);
  if (WIDGET_START.test(token) || token === '©') return true;
  // A capitalised function word followed by a lowercase one starts a sentence (« l’IA Ce refus »),
  // unlike a name that starts with one (« par Les Échos »).
  const elided = /^(\p{Lu})['’]\p{Ll}/u.exec(token);
  if (elided) return stopWords.has(elided[1]!.toLowerCase());
  return /^\p{Lu}\p{Ll}*$/u.test(token) && stopWords.has(token.toLowerCase()) && isLower(tokens[i + 1]?.text);
}

/**
 * Where a heading glued to its paragraph ends: `Un refus stratégique pour
 * préserver l'indépendance d'OpenAI OpenAI, à l'origine…` → before the second
 * « OpenAI ». Within 15 words, a capitalised word after a bare word a heading
 * can end on, that either repeats that word (the paragraph starts with the
 * name the heading ends on) or, after a lowercase word, opens an apposition
 * (« …stratégique Microsoft, qui… »). A name running on (« d'Elon Musk ») is
 * not a cut.
 */
function headingEnd(tokens: Token[], from: number, to: number): number | undefined {
  for (let k = from + 2; k < Math.min(to - 3, from + 16); k++) {
    const token = tokens[k]!.text;
    const previous = tokens[k - 1]!.text;
    if (!isCapitalized(token) || !isBare(previous) || isCapitalized(previous)) continue;
    const previousWord = previous.split(/['’]/u).at(-1)!;
    if (HEADING_CANNOT_END.test(previous) || HEADING_CANNOT_END.test(previousWord)) continue;
    const word = token.replace(/[,;:]$/u, '');
    if (isCapitalized(previousWord) ? word === previousWord : token.endsWith(',')) return k;
  }
  return undefined;
}

/**
 * Where the title of a related link ends when a sentence of the article is
 * glued to it: `Related: Why we left our service mesh behind Twelve months
 * later, the bill…` → before « Twelve ». In the fragment `from`–`to`, which
 * opens with a link's label, the first capitalised word that follows a
 * lowercase word a title can end on, at least three words into the title and
 * with five words or more after it. A word the capture also writes
 * capitalised after a lowercase word elsewhere is a name, which a title may
 * hold: no cut there. When in doubt there is no cut: the sentence goes with
 * the link, as before.
 */
function linkTitleEnd(tokens: Token[], from: number, to: number, capture: string): number | undefined {
  if (to - from < 9) return undefined;
  const fragment = capture.slice(tokens[from]!.start, tokens[to - 1]!.end);
  const label = RELATED_LINK_LABEL.exec(fragment);
  if (!label) return undefined;
  let titleStart = from;
  while (titleStart < to && tokens[titleStart]!.start < tokens[from]!.start + label[0].length) titleStart++;
  if (titleStart === to) return undefined;
  for (let k = titleStart + 3; k <= Math.min(to - 5, titleStart + 15); k++) {
    const word = tokens[k]!.text;
    const previous = tokens[k - 1]!.text;
    if (!/^\p{Lu}\p{Ll}+,?$/u.test(word) || !isBare(previous) || !isLower(previous) || HEADING_CANNOT_END.test(previous)) continue;
    const name = word.replace(/,$/u, '');
    const [fragmentStart, fragmentEnd] = [tokens[from]!.start, tokens[to - 1]!.end];
    // The uses come in order: one before the fragment is the first, one after it the last.
    const uses = namesOf(capture).get(name) ?? [];
    if (uses.length > 0 && (uses[0]![1] <= fragmentStart || uses.at(-1)![0] >= fragmentEnd)) return undefined;
    return k;
  }
  return undefined;
}

let names: { capture: string; uses: Map<string, [number, number][]> } | undefined;

/**
 * Each capitalised word the capture writes after a lowercase word (« left
 * Kubernetes »), with where each such pair starts and ends: read once per
 * capture, as a glued line may hold many related links.
 */
function namesOf(capture: string): Map<string, [number, number][]> {
  if (names?.capture !== capture) {
    const uses = new Map<string, [number, number][]>();
    for (const match of capture.matchAll(/(?<![\p{L}\p{N}])\p{Ll}\p{L}*\s+(?=(\p{Lu}\p{Ll}+)(?![\p{L}\p{N}]))/gu)) {
      const name = match[1]!;
      if (!uses.has(name)) uses.set(name, []);
      uses.get(name)!.push([match.index, match.index + match[0].length + name.length]);
    }
    names = { capture, uses };
  }
  return names.uses;
}

/**
 * Splits a line whose headings and paragraphs were glued together (a page
 * copied as one line) into sentences, headings and widget labels. Sentences
 * end at . ! ? … before a capital; a glue point is where a new block starts
 * without punctuation: a capitalised function word (« l'IA Ce refus »), a date
 * glued to a word (« 2025-02-17Comment »), a widget word (« Partager »).
 */
export function splitGluedLine(capture: string, start: number, end: number, language: string): Fragment[] {
  const tokens = tokenize(capture.slice(start, end), start);
  if (tokens.length === 0) return [];
  const stopWords = stopWordsOf(language);
  const cuts: { at: number; kind: 'sentence' | 'glue' }[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i]!.text;
    if (
      (endsSentence(tokens, i - 1) && (OPENS_SENTENCE.test(token) || /^\p{Extended_Pictographic}/u.test(token))) ||
      opensListItem(tokens, i)
    ) {
      cuts.push({ at: i, kind: 'sentence' });
    } else if (isGluePoint(tokens, i, stopWords, i === 1 || cuts.at(-1)?.at === i - 1)) {
      cuts.push({ at: i, kind: 'glue' });
    }
  }
  // A fragment that starts at a glue point and runs on into a sentence holds a heading: cut it off.
  const bounds = [{ at: 0, kind: 'start' as const }, ...cuts];
  const extra: { at: number; kind: 'glue' }[] = [];
  bounds.forEach((bound, b) => {
    if (bound.kind !== 'glue') return;
    const next = bounds[b + 1]?.at ?? tokens.length;
    const nextKind = bounds[b + 1]?.kind;
    if (nextKind === 'glue') return;
    const cut = headingEnd(tokens, bound.at, next);
    if (cut !== undefined) extra.push({ at: cut, kind: 'glue' });
  });
  // A link to another article that runs on into a sentence of the article: cut the sentence off.
  const linkBounds = [{ at: 0 }, ...cuts, ...extra].sort((a, b) => a.at - b.at);
  linkBounds.forEach((bound, b) => {
    const next = linkBounds[b + 1]?.at ?? tokens.length;
    const cut = linkTitleEnd(tokens, bound.at, next, capture);
    if (cut !== undefined) extra.push({ at: cut, kind: 'glue' });
  });
  const all = [...cuts, ...extra].sort((a, b) => a.at - b.at);
  const fragments: Fragment[] = [];
  let from = 0;
  let startsAfter: Fragment['startsAfter'] = 'start';
  for (const cut of [...all, { at: tokens.length, kind: 'end' as const }]) {
    if (cut.at <= from) continue;
    fragments.push({
      start: tokens[from]!.start,
      end: tokens[cut.at - 1]!.end,
      endsWith: cut.kind,
      startsAfter,
    });
    startsAfter = cut.kind === 'end' ? 'start' : cut.kind;
    from = cut.at;
  }
  return fragments;
}
