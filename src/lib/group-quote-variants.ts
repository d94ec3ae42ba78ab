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
 * statement whose attribution differs: a short phrase (« OpenAI n’est pas à
 * vendre ») is anyone's to say, a sentence repeated nearly word for word is not.
 */
const SHARED_ACROSS_SPEAKERS = 8;

/** The words of a quotation as compared: lower case, the two apostrophes alike. */
function words(text: string): string[] {
  return text.toLowerCase().replaceAll('’', "'").match(WORD) ?? [];
}

/** How many distinct words two quotations share. */
function shared(a: string, b: string): number {
  const right = new Set(words(b));
  let count = 0;
  for (const word of new Set(words(a))) if (right.has(word)) count++;
  return count;
}

/** How alike two quotations are: shared words over the words of the shorter one. */
export function overlap(a: string, b: string): number {
  const smaller = Math.min(new Set(words(a)).size, new Set(words(b)).size);
  return smaller === 0 ? 0 : shared(a, b) / smaller;
}

/** Shorter quotations share words by chance; they must match more closely. */
function threshold(a: string, b: string): number {
  return Math.min(words(a).length, words(b).length) <= 3 ? 1 : 0.6;
}

/** Whether two variants report the same statement. */
function sameStatement(a: QuoteVariant, b: QuoteVariant): boolean {
  if (overlap(a.quote, b.quote) < threshold(a.quote, b.quote)) return false;
  return a.speaker === b.speaker || shared(a.quote, b.quote) >= SHARED_ACROSS_SPEAKERS;
}

/** The text as a reader compares two versions: any run of white space alike, the two apostrophes alike. */
function wording(text: string): string {
  return text.replace(/\s+/gu, ' ').trim().replaceAll("'", '’');
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
 * (SHARED_ACROSS_SPEAKERS). A source's repeats of the same words are one
 * variant. Groups keep the variants' order.
 */
export function groupQuoteVariants(variants: readonly QuoteVariant[]): QuoteGroup[] {
  const distinct = mergeRepeats(variants);
  const parent = distinct.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < distinct.length; i++) {
    for (let j = i + 1; j < distinct.length; j++) {
      if (sameStatement(distinct[i]!, distinct[j]!)) parent[find(j)] = find(i);
    }
  }
  const groups = new Map<number, QuoteVariant[]>();
  distinct.forEach((variant, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), variant]);
  });
  return [...groups.values()].map((group) => ({ variants: group }));
}
