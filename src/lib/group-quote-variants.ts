/** A quotation as one source reports it. */
export interface QuoteVariant {
  source: string;
  speaker: string;
  /** The words inside the quotation marks. */
  quote: string;
  /** The paragraph that holds it. */
  block: string;
  /** The paragraphs where the source quotes the same words again, if it does. */
  repeatedIn?: string[];
}

/** One statement, as every source that reports it words it. */
export interface QuoteGroup {
  variants: QuoteVariant[];
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Fewest distinct words two speakers' quotations must share to be one
 * statement whose attribution differs when neither holds the other word for
 * word: a sentence repeated nearly word for word (« Il est temps pour OpenAI
 * de redevenir la force… ») is one statement, a few common words are not.
 */
const SHARED_ACROSS_SPEAKERS = 8;

/**
 * Fewest words (as a reader counts them: « n’est » is one) a quotation must
 * have for another source's quotation that holds it word for word to be the
 * same statement, when the two sources name different speakers. One to three
 * words are a word or a set phrase — an insult (« Escroc », « tyran »), a
 * slogan (« funding secured »), « Non merci » — that anyone may say and that a
 * longer, unrelated quotation may hold by chance; four words or more repeated
 * in the same order are a wording, and two sources that give it to different
 * people disagree on who said it: Le Courrier des Stratèges has Sam Altman say
 * that OpenAI « n’est pas à vendre », Digimedia has Bret Taylor say « OpenAI
 * n’est pas à vendre ».
 */
const CONTAINED_ACROSS_SPEAKERS = 4;

/** The words of a quotation as compared: lower case, the two apostrophes alike. */
function words(text: string): string[] {
  return text.toLowerCase().replaceAll('’', "'").match(WORD) ?? [];
}

/** A quotation's words, counted once for all the pairs it is compared in. */
interface Profile {
  count: number;
  distinct: Set<string>;
  /** The words in order, each between spaces: one holds another word for word when it includes it. */
  sequence: string;
  /** The words as a reader counts them, for CONTAINED_ACROSS_SPEAKERS. */
  readerWords: number;
}

function profile(text: string): Profile {
  const list = words(text);
  return {
    count: list.length,
    distinct: new Set(list),
    sequence: ` ${list.join(' ')} `,
    readerWords: text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length,
  };
}

/**
 * Whether one quotation holds the other word for word, case, apostrophes,
 * spacing and punctuation aside (« n’est pas à vendre » is in « OpenAI n'est
 * pas à vendre »), and the shorter is long enough to be a wording of its own
 * (CONTAINED_ACROSS_SPEAKERS).
 */
function holdsOther(a: Profile, b: Profile): boolean {
  const [shorter, longer] = a.count <= b.count ? [a, b] : [b, a];
  return shorter.readerWords >= CONTAINED_ACROSS_SPEAKERS && longer.sequence.includes(shorter.sequence);
}

/**
 * Whether a text holds a quotation word for word, case, apostrophes, spacing
 * and punctuation aside: a cited passage holds the quotation it cites.
 *
 * `holdsWording('affirmant que sa société « n’est pas à vendre »', "N'est pas à vendre")` → true
 */
export function holdsWording(text: string, quotation: string): boolean {
  const part = profile(quotation);
  return part.count > 0 && profile(text).sequence.includes(part.sequence);
}

/** How many distinct words two quotations share. */
function sharedWords(a: Profile, b: Profile): number {
  const [small, large] = a.distinct.size <= b.distinct.size ? [a, b] : [b, a];
  let count = 0;
  for (const word of small.distinct) if (large.distinct.has(word)) count++;
  return count;
}

function overlapOf(a: Profile, b: Profile): number {
  const smaller = Math.min(a.distinct.size, b.distinct.size);
  return smaller === 0 ? 0 : sharedWords(a, b) / smaller;
}

/** How alike two quotations are: shared words over the words of the shorter one. */
export function overlap(a: string, b: string): number {
  return overlapOf(profile(a), profile(b));
}

/**
 * Whether two variants report the same statement. Shorter quotations share
 * words by chance: they must match more closely. Two sources that give the
 * same words to different speakers report one statement whose attribution
 * differs; within one source, the editors' attribution of each quotation
 * stands (a speaker may repeat another's words).
 */
function sameStatement(a: QuoteVariant, b: QuoteVariant, pa: Profile, pb: Profile): boolean {
  if (a.speaker !== b.speaker && a.source !== b.source && holdsOther(pa, pb)) return true;
  const threshold = Math.min(pa.count, pb.count) <= 3 ? 1 : 0.6;
  if (overlapOf(pa, pb) < threshold) return false;
  return a.speaker === b.speaker || sharedWords(pa, pb) >= SHARED_ACROSS_SPEAKERS;
}

/**
 * The text as a reader compares two versions: any run of white space alike,
 * the two apostrophes alike, and the punctuation that opens or closes the
 * quotation left out (« Escroc » and « Escroc. » are one wording).
 */
export function wording(text: string): string {
  return text
    .replace(/\s+/gu, ' ')
    .replaceAll("'", '’')
    .replace(/^[\s«»"“”.,;:!?…]+|[\s«»"“”.,;:!?…]+$/gu, '');
}

/**
 * One variant per source, speaker and wording: a source that quotes the same
 * words twice (a summary then the article) reports one version, the first,
 * with the paragraphs of the repeats.
 */
function mergeRepeats(variants: readonly QuoteVariant[]): QuoteVariant[] {
  const first = new Map<string, QuoteVariant>();
  const merged: QuoteVariant[] = [];
  for (const variant of variants) {
    const key = JSON.stringify([variant.source, variant.speaker, wording(variant.quote)]);
    const kept = first.get(key);
    if (kept) {
      kept.repeatedIn = [...(kept.repeatedIn ?? []), variant.block];
      continue;
    }
    const copy: QuoteVariant = { ...variant, ...(variant.repeatedIn ? { repeatedIn: [...variant.repeatedIn] } : {}) };
    first.set(key, copy);
    merged.push(copy);
  }
  return merged;
}

/**
 * Groups the quotations that report the same statement: two variants belong
 * together when most words of the shorter are in the longer (single-link, so a
 * chain of close variants makes one group) and, when the sources name
 * different speakers, they share a whole sentence's worth of words
 * (SHARED_ACROSS_SPEAKERS) or, from different sources, one holds the other
 * word for word (CONTAINED_ACROSS_SPEAKERS). A source's repeats of the same words are one
 * variant. Groups keep the variants' order.
 */
export function groupQuoteVariants(variants: readonly QuoteVariant[]): QuoteGroup[] {
  const distinct = mergeRepeats(variants);
  const profiles = distinct.map((variant) => profile(variant.quote));
  const parent = distinct.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < distinct.length; i++) {
    for (let j = i + 1; j < distinct.length; j++) {
      if (sameStatement(distinct[i]!, distinct[j]!, profiles[i]!, profiles[j]!)) parent[find(j)] = find(i);
    }
  }
  const groups = new Map<number, QuoteVariant[]>();
  distinct.forEach((variant, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(variant);
    else groups.set(root, [variant]);
  });
  return [...groups.values()].map((group) => ({ variants: group }));
}
