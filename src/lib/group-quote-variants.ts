/** A quotation as one source reports it. */
export interface QuoteVariant {
  source: string;
  speaker: string;
  /** The words inside the quotation marks. */
  quote: string;
  /** The paragraph that holds it. */
  block: string;
}

/** One statement, as every source that reports it words it. */
export interface QuoteGroup {
  variants: QuoteVariant[];
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The words of a quotation as compared: lower case, the two apostrophes alike. */
function words(text: string): string[] {
  return text.toLowerCase().replaceAll('’', "'").match(WORD) ?? [];
}

/** How alike two quotations are: shared words over the words of the shorter one. */
export function overlap(a: string, b: string): number {
  const left = new Set(words(a));
  const right = new Set(words(b));
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared++;
  return shared / Math.min(left.size, right.size);
}

/** Shorter quotations share words by chance; they must match more closely. */
function threshold(a: string, b: string): number {
  return Math.min(words(a).length, words(b).length) <= 3 ? 1 : 0.6;
}

/**
 * Groups the quotations that report the same statement: two variants belong
 * together when most words of the shorter are in the longer (single-link, so a
 * chain of close variants makes one group). Groups keep the variants' order.
 */
export function groupQuoteVariants(variants: readonly QuoteVariant[]): QuoteGroup[] {
  const parent = variants.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < variants.length; i++) {
    for (let j = i + 1; j < variants.length; j++) {
      const a = variants[i]!.quote;
      const b = variants[j]!.quote;
      if (overlap(a, b) >= threshold(a, b)) parent[find(j)] = find(i);
    }
  }
  const groups = new Map<number, QuoteVariant[]>();
  variants.forEach((variant, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), variant]);
  });
  return [...groups.values()].map((group) => ({ variants: group }));
}
