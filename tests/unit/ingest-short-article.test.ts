import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeCapture } from '../../src/lib/decode-capture.ts';
import { inferSource } from '../../src/lib/ingest/infer-source.ts';
import { shortArticle, shortArticleError } from '../../src/lib/ingest/short-article.ts';
import { ROOT, SOURCES } from './helpers.ts';

const TODAY = { today: new Date('2025-06-01T00:00:00Z') };
const shortOf = (capture: string) => shortArticle(inferSource(capture, TODAY), capture);

/** A brief: 24 words of article, all the prose there is. */
const BRIEF = [
  'Le Courrier Numérique',
  'Grève à la SNCF jeudi',
  'Publié le 6 mars 2025 à 8h00',
  'Un préavis de grève a été déposé pour jeudi par trois syndicats de cheminots. La direction prévoit un trafic perturbé sur les lignes régionales.',
  '© 2025 Le Courrier Numérique',
].join('\n');

/** An article cut after its first paragraph by a footer link where none belongs: the rest is removed with it. */
const CUT = [
  'Le Courrier Numérique',
  'Droit voisin : les éditeurs passent à l’offensive',
  'Par Claire Martin',
  'Publié le 3 mars 2025 à 9h12',
  'Les éditeurs de presse français ont assigné lundi deux plateformes devant le tribunal judiciaire de Paris, les accusant de refuser depuis des mois toute négociation sérieuse sur la rémunération des contenus qu’elles affichent sur leurs pages depuis le début de l’année dernière.',
  'Mentions légales',
  'La directive européenne sur le droit d’auteur oblige désormais les plateformes à rémunérer les éditeurs de presse. Le texte, que les géants du numérique ont combattu pendant quatre ans, étend la protection aux extraits d’articles affichés par les moteurs de recherche.',
  'Les éditeurs français comptent bien s’en servir pour négocier des accords plus favorables dès cette année, alors que les premières discussions, ouvertes en 2022, n’ont abouti qu’à des montants jugés dérisoires par la profession.',
  'Une première audience est prévue en juin devant la chambre commerciale. Les plateformes, sollicitées par notre rédaction, n’ont pas souhaité réagir à l’assignation ni commenter les montants évoqués par les éditeurs.',
  'Le syndicat de la presse quotidienne nationale a salué une démarche « indispensable » et appelé les autres éditeurs européens à suivre le même chemin, faute de quoi la directive resterait lettre morte dans plusieurs pays.',
  'Selon un rapport parlementaire publié en janvier, les sommes versées aux éditeurs français depuis 2021 ne représentent qu’une fraction de la valeur que les plateformes tirent de leurs contenus, estimée à plusieurs centaines de millions d’euros par an.',
].join('\n');

describe('shortArticle', () => {
  it('finds an article of fewer than 40 words short', () => {
    expect(shortOf(BRIEF)).toEqual({ words: 24, proseWords: 24, opening: 'Un préavis de grève a été déposé pour…', largestRemoved: undefined });
  });

  it('finds an article short when it keeps less than a fifth of the capture’s prose, and names where the rest went', () => {
    const short = shortOf(CUT)!;
    expect(short.words).toBeGreaterThanOrEqual(40);
    expect(short.words / short.proseWords).toBeLessThan(0.2);
    expect(short.largestRemoved).toMatchObject({ kind: 'footer', opening: 'Mentions légales La directive européenne sur le droit…' });
  });

  it('finds none of the labelled captures or the seeds short', () => {
    const fixtures = `${ROOT}tests/fixtures/ingest`;
    const files = [
      ...readdirSync(fixtures, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => `${fixtures}/${entry.name}/capture.txt`),
      ...readdirSync(SOURCES)
        .filter((name) => name.endsWith('.txt'))
        .map((name) => `${SOURCES}/${name}`),
    ];
    const short = files.filter((file) => {
      const { text } = decodeCapture(readFileSync(file), file);
      return shortOf(text) !== undefined;
    });
    expect(short).toEqual([]);
  });

  it('says what was kept, where the rest went, and the fix', () => {
    expect(shortArticleError('cut.txt', shortOf(CUT)!)).toMatchInlineSnapshot(`"cut.txt: the article came out short: 42 words ("Les éditeurs de presse français ont assigné lundi…"), 19 % of the 220 words of prose in the capture. Ingest may have taken article text for boilerplate; the largest removed part is footer "Mentions légales La directive européenne sur le droit…" (178 words of prose). Nothing was written. Hint: if the capture holds the whole article, ingest it again with --allow-short, then correct the removed parts and structure hints in the companion; otherwise capture the page again."`);
    expect(shortArticleError('empty.txt', { words: 0, proseWords: 180, opening: undefined, largestRemoved: { kind: 'other', opening: 'La CNIL a infligé jeudi une lourde…', words: 180 } })).toMatchInlineSnapshot(`"empty.txt: the article came out empty, 0 % of the 180 words of prose in the capture. Ingest may have taken article text for boilerplate; the largest removed part is other "La CNIL a infligé jeudi une lourde…" (180 words of prose). Nothing was written. Hint: if the capture holds the whole article, ingest it again with --allow-short, then correct the removed parts and structure hints in the companion; otherwise capture the page again."`);
  });
});
