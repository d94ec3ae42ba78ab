import type { Divergence, Statement } from './assemble-dossier.ts';
import { holdsWording } from './group-quote-variants.ts';

/**
 * The divergence about who said a statement the sources attribute to
 * different speakers: the first whose positions cite, in different positions,
 * the words of two of its speakers — a cited passage of the variant's source
 * and paragraph that holds the variant's quotation. A divergence that cites
 * the words of one speaker only (as evidence of something else, « OpenAI
 * avait-elle répondu ? ») is not about the attribution.
 */
export function attributionDivergence(statement: Readonly<Statement>, divergences: readonly Divergence[]): Divergence | undefined {
  if (statement.speakers.length < 2) return undefined;
  return divergences.find((divergence) => {
    // For each speaker, the positions that cite their words.
    const positionsOf = new Map<string, Set<number>>();
    divergence.positions.forEach((position, i) => {
      for (const citation of position.citations) {
        for (const variant of statement.variants) {
          const blocks = [variant.block, ...(variant.repeatedIn ?? [])];
          if (citation.source !== variant.source || !blocks.includes(citation.block) || !holdsWording(citation.quote, variant.quote)) continue;
          const positions = positionsOf.get(variant.speaker) ?? new Set<number>();
          positions.add(i);
          positionsOf.set(variant.speaker, positions);
        }
      }
    });
    const cited = [...positionsOf.values()];
    return cited.some((one, a) => cited.some((other, b) => a !== b && [...one].some((i) => [...other].some((j) => i !== j))));
  });
}
