import { describe, expect, it } from 'vitest';
import type { Divergence, Statement } from '../../src/lib/assemble-dossier.ts';
import { attributionDivergence } from '../../src/lib/attribution-divergence.ts';

const statement: Statement = {
  id: 'n-est-pas-a-vendre',
  speakers: ['sam-altman', 'bret-taylor'],
  variants: [
    { source: 'courrier', speaker: 'sam-altman', quote: 'n’est pas à vendre', block: 'p-offre' },
    { source: 'courrier', speaker: 'sam-altman', quote: 'OpenAI n’est pas à vendre… Je pense qu’il tente de nous ralentir', block: 'p-ralentir' },
    { source: 'digimedia', speaker: 'bret-taylor', quote: "OpenAI n'est pas à vendre", block: 'p-taylor', repeatedIn: ['p-fin'] },
  ],
};

/** A divergence whose positions cite these passages: [source, block, quote]. */
const divergence = (id: string, ...positions: [string, string, string][][]): Divergence => ({
  id,
  topic: id,
  summary: '',
  events: [],
  positions: positions.map((citations, i) => ({
    claim: `position ${i + 1}`,
    citations: citations.map(([source, block, quote]) => ({ source, block, quote, start: 0, end: quote.length })),
  })),
});

const whoSaid = divergence(
  'auteur-pas-a-vendre',
  [['courrier', 'p-offre', 'Une offre que Sam Altman rejette catégoriquement, affirmant que sa société « n’est pas à vendre »']],
  [['digimedia', 'p-taylor', 'a déclaré par la voix de son président, Bret Taylor, que "OpenAI n\'est pas à vendre"']],
);
// Cites Altman's words as evidence of something else, and Digimedia for another passage.
const reply = divergence(
  'reponse-openai',
  [['courrier', 'p-offre', 'affirmant que sa société « n’est pas à vendre », même si le conseil d’administration']],
  [['digimedia', 'p-conseil', 'Le conseil d’administration a rejeté à l’unanimité l’offre']],
);

describe('attributionDivergence', () => {
  it('finds the divergence whose positions cite the words of two of the statement’s speakers, each in its own position', () => {
    expect(attributionDivergence(statement, [reply, whoSaid])?.id).toBe('auteur-pas-a-vendre');
  });

  it('does not take a divergence that cites one speaker’s words only, or both speakers in the same position', () => {
    expect(attributionDivergence(statement, [reply])).toBeUndefined();
    const together = divergence('ensemble', [
      ['courrier', 'p-offre', 'affirmant que sa société « n’est pas à vendre »'],
      ['digimedia', 'p-taylor', 'que "OpenAI n\'est pas à vendre"'],
    ]);
    expect(attributionDivergence(statement, [together])).toBeUndefined();
  });

  it('counts a passage only in the paragraph of the quotation or of a repeat of it', () => {
    const elsewhere = divergence('ailleurs', [['courrier', 'p-offre', 'sa société « n’est pas à vendre »']], [['digimedia', 'p-ailleurs', 'OpenAI n\'est pas à vendre']]);
    expect(attributionDivergence(statement, [elsewhere])).toBeUndefined();
    const repeat = divergence('repetition', [['courrier', 'p-offre', 'sa société « n’est pas à vendre »']], [['digimedia', 'p-fin', 'OpenAI n\'est pas à vendre']]);
    expect(attributionDivergence(statement, [repeat])?.id).toBe('repetition');
  });

  it('gives none to a statement of one speaker', () => {
    expect(attributionDivergence({ ...statement, speakers: ['sam-altman'], variants: statement.variants.slice(0, 2) }, [whoSaid])).toBeUndefined();
  });
});
