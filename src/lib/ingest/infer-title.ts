import type { Segmentation } from './segment-capture.ts';

export interface InferredTitle {
  title: string;
  /** `stated` when the capture prints it, `inferred` when made from the article's first sentence. */
  basis: 'stated' | 'inferred';
}

const MAX_WORDS = 25;
const DECORATION = /^[\p{Extended_Pictographic}\p{So}\uFE0F\u200D\s]+|[\p{Extended_Pictographic}\p{So}\uFE0F\u200D\s]+$/gu;

/** The title without the emoji a blog puts around it, spaces folded: `✨ L’IA dans les PME ?` → `L’IA dans les PME ?`. */
function withoutDecoration(text: string): string {
  return text.replace(/\s+/gu, ' ').replace(DECORATION, '').trim() || text.trim();
}

/**
 * The article's title: the block the segmentation took as the title, as
 * printed; else the first plain statement of the article (a sentence of 5 to
 * 25 words ending with a period), without its period; else its first words.
 *
 * `inferTitle(segmentation, 'Elon Musk a formulé une offre de 97,4 milliards de dollars pour OpenAI. …')`
 * → `{ title: 'Elon Musk a formulé une offre de 97,4 milliards de dollars pour OpenAI', basis: 'inferred' }`
 */
export function inferTitle(segmentation: Pick<Segmentation, 'title' | 'article'>, capture: string): InferredTitle {
  if (segmentation.title) return { title: withoutDecoration(segmentation.title.text), basis: 'stated' };
  const paragraphs = segmentation.article.filter((segment) => !segment.heading).map((segment) => capture.slice(segment.start, segment.end));
  for (const paragraph of paragraphs) {
    for (const sentence of paragraph.match(/[^.!?…]+[.!?…]+/gu) ?? []) {
      const words = sentence.trim().split(/\s+/u);
      if (/\.$/u.test(sentence.trim()) && words.length >= 5 && words.length <= MAX_WORDS && /^\p{Lu}/u.test(sentence.trim())) {
        return { title: sentence.trim().replace(/\.$/u, ''), basis: 'inferred' };
      }
    }
  }
  const words = (paragraphs[0] ?? 'Sans titre').replace(/\s+/gu, ' ').trim().split(' ');
  return { title: words.length > 12 ? `${words.slice(0, 12).join(' ')}…` : words.join(' '), basis: 'inferred' };
}
