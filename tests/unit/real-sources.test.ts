import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSeed, ROOT, SOURCES } from './helpers.ts';

/** What each real article starts and ends with, read off the capture by hand. */
const EXPECTED: Record<string, { first: [string, string]; last: [string, string] }> = {
  'courrier-strateges-musk-altman': {
    first: [
      'Après avoir été qualifié de « connard » par Xavier Niel, le patron de Free, cette fois, c’est son meilleur ennemi, Sam Altman, le PDG d’OpenAI, qui monte au créneau.',
      'Une offre que Sam Altman rejette catégoriquement, affirmant que sa société « n’est pas à vendre », même si le conseil d’administration n’a pas encore officiellement examiné la proposition.',
    ],
    last: [
      'La bataille entre Sam Altman et Elon Musk dépasse largement les enjeux technologiques.',
      'il est probable que cette rivalité continue de faire des vagues dans le monde de l’IA.',
    ],
  },
  'digimedia-openai-rejette-offre': {
    first: [
      'Le conseil d\'administration d\'OpenAI a rejeté à l\'unanimité l\'offre d\'achat de l\'entreprise formulée par un groupe d\'investisseurs dirigé par Elon Musk, estimée à 97,4 milliards de dollars.',
      'soulève des questions sur l\'avenir du secteur.',
    ],
    last: [
      'La décision d\'OpenAI de refuser l\'offre d\'Elon Musk marque une nouvelle étape',
      'quelles seront les conséquences à long terme sur l\'innovation et la réglementation du secteur.',
    ],
  },
  'letechobservateur-offre-musk-openai': {
    first: [
      'L’univers de l’intelligence artificielle est en pleine effervescence.',
      'Cette tentative de rachat, orchestrée par l’avocat du milliardaire, Marc Toberoff, a été officiellement adressée ce lundi au conseil d’administration de l’organisation.',
    ],
    last: [
      'Alors que les discussions se poursuivent au sommet parisien, la guerre des titans de l’IA entre Sam Altman et Elon Musk ne fait que commencer.',
      'ou s’il choisira de poursuivre son chemin sous la direction de son actuel PDG.',
    ],
  },
  'sciencepost-consortium-musk-openai': {
    first: [
      'Un groupe d’investisseurs mené par Elon Musk a récemment fait une offre de 97,4 milliards de dollars pour prendre le contrôle d’OpenAI.',
      'Décryptons les enjeux de cette proposition et ses implications pour l’avenir de l’IA.',
    ],
    last: [
      'L’offre d’Elon Musk pour racheter OpenAI pourrait marquer un tournant décisif',
      'Reste à voir si le conseil d’administration d’OpenAI acceptera cette offre ou si une bataille pour le contrôle de l’entreprise s’engagera.',
    ],
  },
  'thefrenchbot-musk-rachat-openai': {
    first: [
      'Depuis heures, une information secoue le monde de l’intelligence artificielle et de la tech :',
      'Depuis heures, une information secoue le monde de l’intelligence artificielle et de la tech :',
    ],
    last: ['Coup de génie ou coup de poker ?', 'Coup de génie ou coup de poker ?'],
  },
};

/**
 * Removed parts whose words also stand in the article, for a good reason:
 * Sciencepost's image caption is just the name of the man the article is about.
 */
const ALSO_IN_ARTICLE: Record<string, string[]> = {
  'sciencepost-consortium-musk-openai': ['Elon Musk'],
};

const ids: string[] = readdirSync(SOURCES)
  .filter((name: string) => name.endsWith('.mdx'))
  .map((name: string) => name.slice(0, -'.mdx'.length))
  .sort();

describe('the real sources', () => {
  it('are the five expected', () => {
    expect(ids).toEqual(Object.keys(EXPECTED).sort());
  });

  describe.each(ids)('%s', (id) => {
    const seed = loadSeed(id);
    const expected = EXPECTED[id]!;

    it('starts the article where the capture’s article text starts', () => {
      const first = seed.article.blocks[0]!;
      expect(first.text.startsWith(expected.first[0]), first.text).toBe(true);
      expect(first.text.endsWith(expected.first[1]), first.text).toBe(true);
    });

    it('ends the article where the capture’s article text ends', () => {
      const last = seed.article.blocks.at(-1)!;
      expect(last.text.startsWith(expected.last[0]), last.text).toBe(true);
      expect(last.text.endsWith(expected.last[1]), last.text).toBe(true);
    });

    it('keeps every removed part out of the article', () => {
      for (const part of seed.article.removed) {
        for (const block of seed.article.blocks) expect(block.end <= part.start || block.start >= part.end).toBe(true);
        if (ALSO_IN_ARTICLE[id]?.includes(part.text)) continue;
        for (const block of seed.article.blocks) expect(block.text, `removed ${part.kind} ${JSON.stringify(part.text)}`).not.toContain(part.text);
      }
    });

    it('removes exactly the parts its frontmatter lists', () => {
      expect(seed.article.removed).toHaveLength(seed.data.removed.length);
    });

    it('reads the capture as UTF-8 and hashes its bytes', () => {
      expect(seed.decoded.encoding).toBe('utf-8');
      expect(seed.decoded.sha256).toBe(createHash('sha256').update(seed.bytes).digest('hex'));
    });
  });
});

/** The captures as first received: content/sources/*.txt must still be byte for byte the same. */
const SEEDS = resolve(ROOT, '../shared/seeds');
const SEED_FILES: Record<string, string> = {
  '000': 'letechobservateur-offre-musk-openai',
  '001': 'sciencepost-consortium-musk-openai',
  '002': 'thefrenchbot-musk-rachat-openai',
  '003': 'courrier-strateges-musk-altman',
  '004': 'digimedia-openai-rejette-offre',
};
const hasSeeds = existsSync(SEEDS);

describe(`the captures${hasSeeds ? '' : ` (skipped: ${SEEDS} is absent, so there is nothing to compare with)`}`, () => {
  const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

  it.skipIf(!hasSeeds).each(Object.entries(SEED_FILES))('keeps seed %s byte for byte as content/sources/%s.txt', (prefix, id) => {
    const seed = readdirSync(SEEDS).filter((name: string) => name.startsWith(`${prefix}_`));
    expect(seed, `one file ${prefix}_* in ${SEEDS}`).toHaveLength(1);
    expect(sha256(`${SOURCES}/${id}.txt`)).toBe(sha256(`${SEEDS}/${seed[0]}`));
  });
});
