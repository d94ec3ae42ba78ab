import { describe, expect, it } from 'vitest';
import { isHeadingLike, isProse, stopWordDensity } from '../../src/lib/ingest/block-shape.ts';
import { classifyBlock, isDateline } from '../../src/lib/ingest/classify-block.ts';
import { contentWords } from '../../src/lib/ingest/content-words.ts';
import { continuesParagraph, isLabelItem } from '../../src/lib/ingest/continues-paragraph.ts';
import { detectLanguage } from '../../src/lib/ingest/detect-language.ts';
import { findDates, weekdayOf } from '../../src/lib/ingest/find-dates.ts';
import { isNameLike } from '../../src/lib/ingest/is-name-like.ts';
import { splitBlocks } from '../../src/lib/ingest/split-blocks.ts';
import { splitGluedLine } from '../../src/lib/ingest/split-glued-line.ts';
import { wordTokens } from '../../src/lib/ingest/word-tokens.ts';

describe('wordTokens', () => {
  it('splits elisions and drops punctuation, emoji and case', () => {
    expect(wordTokens('L’IA, « enfin » ! 🚀 97,4 milliards')).toEqual(['l', 'ia', 'enfin', '97', '4', 'milliards']);
  });
});

describe('contentWords', () => {
  it('keeps the words that carry a topic, without accents', () => {
    expect(contentWords('Le conseil d’OpenAI a rejeté l’offre', 'fr')).toEqual(['conseil', 'openai', 'rejete', 'offre']);
  });
});

describe('detectLanguage', () => {
  it('tells French from English by their stop words', () => {
    const french = 'Le conseil d’administration a rejeté l’offre de rachat. Il estime que la société n’est pas à vendre et que les investisseurs devront attendre. '.repeat(2);
    const english = 'The board rejected the offer on Friday. It said that the company was not for sale and that the investors would have to wait. '.repeat(2);
    expect(detectLanguage(french)).toEqual({ language: 'fr', confidence: 'high' });
    expect(detectLanguage(english)).toEqual({ language: 'en', confidence: 'high' });
  });

  it('says it is unsure of a short text, and falls back on French when nothing scores', () => {
    expect(detectLanguage('Le conseil a rejeté l’offre.').confidence).toBe('low');
    expect(detectLanguage('OpenAI xAI 97,4')).toEqual({ language: 'fr', confidence: 'low' });
  });
});

describe('findDates', () => {
  const dates = (text: string, language = 'fr') => findDates(text, language).map(({ text: written, date, precision, weekday, withTime }) => ({ written, date, precision, weekday, withTime }));

  it('reads French dates with month names, the weekday and the time', () => {
    expect(dates('Publié le 14 février 2025 à 18h32')).toEqual([{ written: '14 février 2025', date: '2025-02-14', precision: 'day', weekday: undefined, withTime: true }]);
    expect(dates('Lundi 10 février 2025, l’avocat')).toEqual([{ written: 'Lundi 10 février 2025', date: '2025-02-10', precision: 'day', weekday: 1, withTime: false }]);
    expect(dates('le 1er mars 2025')[0]).toMatchObject({ date: '2025-03-01' });
  });

  it('reads English dates, ISO dates, and dates glued to a word', () => {
    expect(dates('February 14, 2025 5:41 PM UTC', 'en')[0]).toMatchObject({ date: '2025-02-14', withTime: true });
    expect(dates('Thu 20 Feb 2025 14.02 GMT', 'en')[0]).toMatchObject({ date: '2025-02-20' });
    expect(dates('secteur. 2025-02-17Comment')[0]).toMatchObject({ written: '2025-02-17', date: '2025-02-17' });
  });

  it('reads 12/02/2025 day first in French and 02/12/2025 month first in English', () => {
    expect(dates('Paris, le 12/02/2025 –')[0]!.date).toBe('2025-02-12');
    expect(dates('02/12/2025', 'en')[0]!.date).toBe('2025-02-12');
    expect(dates('25/12/2025', 'en')[0]!.date).toBe('2025-12-25');
  });

  it('reads months and bare years at their precision, and no impossible day', () => {
    expect(dates('en février 2025, puis en 2026')).toMatchObject([
      { date: '2025-02', precision: 'month' },
      { date: '2026', precision: 'year' },
    ]);
    expect(dates('le 31 février 2025')).toMatchObject([{ date: '2025-02', precision: 'month' }]);
    expect(dates('97,4 milliards, 2.5 %, v2024.1')).toEqual([]);
  });

  it('gives the weekday of a day', () => {
    expect(weekdayOf('2025-02-10')).toBe(1);
  });
});

describe('block shape', () => {
  it('takes a sentence with stop words for prose, a menu or a title for not prose', () => {
    expect(isProse('La SNCF a annoncé vendredi la commande de trente rames à hydrogène auprès du constructeur Alstom.', 'fr')).toBe(true);
    expect(isProse('Accueil Économie Tech Culture Sport International Monde Vidéos', 'fr')).toBe(false);
    expect(isProse('Un consortium dirigé par Elon Musk propose 97 milliards de dollars pour mettre la main sur OpenAI', 'fr')).toBe(false);
  });

  it('takes a short line without a final period for heading-shaped', () => {
    expect(isHeadingLike('🚀 Un rachat à 97,4 milliards : stratégie ou provocation ?')).toBe(true);
    expect(isHeadingLike('Sam Altman, de son côté, se défend avec humour :')).toBe(false);
  });

  it('measures the share of stop words', () => {
    expect(stopWordDensity('le chat et la souris', 'fr')).toBe(0.6);
  });
});

describe('isNameLike', () => {
  it('accepts people and teams, not phrases', () => {
    expect(isNameLike('Julian & L’équipe The French Bot')).toBe(true);
    expect(isNameLike('Jean de La Fontaine')).toBe(true);
    expect(isNameLike('les experts en automatisation')).toBe(false);
    expect(isNameLike('Nous contacter')).toBe(false);
  });
});

describe('classifyBlock', () => {
  const kind = (text: string, language = 'fr') => classifyBlock(text, language)?.kind;

  it.each([
    ['Partager cet article', 'share'],
    ['Partager : Facebook Twitter LinkedIn E-mail', 'share'],
    ['Share this:', 'share'],
    ['Commentaires', 'comments'],
    ['Comments (312)', 'comments'],
    ['0 0 votes', 'comments'],
    ['Laisser un commentaire', 'comments'],
    ['Dites-le-nous en commentaire ! 😉', 'comments'],
    ["Abonnez-vous gratuitement à la newsletter pour ne rien manquer de l'actualité.", 'newsletter'],
    ['Enter your email address', 'newsletter'],
    ['Nous utilisons des cookies pour mesurer l’audience.', 'other'],
    ['Tout accepter', 'other'],
    ['Skip to content', 'other'],
    ['Lecture : 4 min', 'other'],
    ['Lire aussi : Le TER Occitanie teste une batterie géante', 'teasers'],
    ['Related', 'teasers'],
    ['Les plus lus', 'teasers'],
    ['Crédits : Sciencepost/généré par Grok', 'image-credit'],
    ['Photo : AFP', 'image-credit'],
    ['© 2025 Le Quotidien Numérique. Tous droits réservés.', 'footer'],
    ['Mentions légales', 'footer'],
    ['Publicité', 'promotion'],
    ['Conclusion : Appelez nous The French Bot ! 🚀', 'promotion'],
    ['Par Marie Dupont, journaliste', 'byline'],
    ['✍️ Article rédigé par les experts en automatisation de The French Bot – Leaders en solutions d’intelligence artificielle pour entreprises.', 'byline'],
    ['Posted on 2025-03-02 by Alex Martin', 'byline'],
    ['(Reporting by Jane Smith; Editing by Alexander Smith)', 'byline'],
    ['Publié le 14 février 2025 à 18h32', 'dateline'],
    ['2025-02-17', 'dateline'],
    ['Updated 3 hours ago', 'dateline'],
    ['https://letechobservateur.sn/', 'url'],
    ['Accueil > Économie > Tech', 'breadcrumb'],
    ["Home/International/OpenAI rejette l'offre", 'breadcrumb'],
  ])('takes %j for %s', (text, expected) => {
    expect(kind(text, /[a-z]+ (this|to|your|by)|Skip|Related|Updated|Comments/u.test(text) ? 'en' : 'fr')).toBe(expected);
  });

  it('leaves article text alone, even when it mentions comments or starts with « Par »', () => {
    expect(kind('Le PDG n’a pas souhaité faire de commentaire.')).toBeUndefined();
    expect(kind('Par les nuances sourcées et objectives que Thibault de Varenne apporte à l’analyse du conflit.')).toBeUndefined();
    expect(kind('Lundi 10 février 2025, l’avocat de Musk, Marc Toberoff, a soumis une offre de rachat.')).toBeUndefined();
    expect(kind('Musk toujours déterminé')).toBeUndefined();
  });

  it('says how far a block reaches: a share button is inline, a comment form closes the article', () => {
    expect(classifyBlock('Partager cet article', 'fr')?.reach).toBe('inline');
    expect(classifyBlock('Laisser un commentaire', 'fr')?.reach).toBe('closes');
    expect(classifyBlock("S'abonner au Courrier des Stratèges", 'fr')?.reach).toBe('section');
  });

  it('takes a date and dateline words for a dateline, not a sentence with a date', () => {
    expect(isDateline('Publié le mardi 4 mars 2025 à 07h15, mis à jour à 09h02', 'fr')).toBe(true);
    expect(isDateline('Le 4 mars 2025, la ligne a ouvert', 'fr')).toBe(false);
  });
});

describe('splitGluedLine', () => {
  const pieces = (text: string) => splitGluedLine(text, 0, text.length, 'fr').map((f) => [text.slice(f.start, f.end), f.endsWith]);

  it('cuts sentences, and blocks glued without punctuation', () => {
    expect(pieces("Le montant dépasse les attentes. 2025-02-17Comment Une rivalité croissante dans l'IA Ce refus illustre la compétition. Conclusion La suite dépendra du conseil.")).toEqual([
      ['Le montant dépasse les attentes.', 'sentence'],
      ['2025-02-17', 'glue'],
      ['Comment', 'glue'],
      ["Une rivalité croissante dans l'IA", 'glue'],
      ['Ce refus illustre la compétition.', 'sentence'],
      ['Conclusion', 'glue'],
      ['La suite dépendra du conseil.', 'end'],
    ]);
  });

  it('cuts a heading off the paragraph that starts with the name it ends on', () => {
    expect(pieces("Partager Un refus pour préserver l'indépendance d'OpenAI OpenAI, à l'origine de ChatGPT, a déclaré qu'elle n'est pas à vendre.").map(([text]) => text)).toEqual([
      'Partager',
      "Un refus pour préserver l'indépendance d'OpenAI",
      "OpenAI, à l'origine de ChatGPT, a déclaré qu'elle n'est pas à vendre.",
    ]);
  });

  it('does not cut inside names, abbreviations or a dateline', () => {
    expect(pieces('Selon Les Échos, M. Musk a parlé. Par Julien Roux Publié le 12/02/2025 Partager')).toEqual([
      ['Selon Les Échos, M. Musk a parlé.', 'sentence'],
      ['Par Julien Roux', 'glue'],
      ['Publié le 12/02/2025', 'glue'],
      ['Partager', 'end'],
    ]);
  });

  it('starts a list item after a colon when the item has its own label', () => {
    expect(pieces('Trois tendances clés : Renforcement des laboratoires : ils gagnent en autonomie.').map(([text]) => text)).toEqual([
      'Trois tendances clés :',
      'Renforcement des laboratoires : ils gagnent en autonomie.',
    ]);
  });

  const english = (text: string) => splitGluedLine(text, 0, text.length, 'en').map((f) => text.slice(f.start, f.end));

  it('cuts the sentence after a related link off the link’s title', () => {
    expect(english('Jobs cost us little. Related: Why we left our service mesh behind Twelve months later, the bill is forty percent lower.')).toEqual([
      'Jobs cost us little.',
      'Related: Why we left our service mesh behind',
      'Twelve months later, the bill is forty percent lower.',
    ]);
    expect(pieces('Le coût baisse. Lire aussi : Pourquoi nous avons quitté le nuage Douze mois plus tard, la facture a baissé de moitié.').map(([text]) => text)).toEqual([
      'Le coût baisse.',
      'Lire aussi : Pourquoi nous avons quitté le nuage',
      'Douze mois plus tard, la facture a baissé de moitié.',
    ]);
  });

  it('keeps a name inside a related link’s title, and the sentence with the link when unsure', () => {
    // « Kubernetes » follows a lowercase word elsewhere: a name, not the start of a sentence.
    expect(english('We ran on Kubernetes for years. Related: Why we left Kubernetes behind at last Twelve months later, the bill fell.')).toEqual([
      'We ran on Kubernetes for years.',
      'Related: Why we left Kubernetes behind at last Twelve months later, the bill fell.',
    ]);
    // Fewer than three words of title before the capital: no cut.
    expect(english('It worked. Related: Our move Twelve months later, the bill is forty percent lower.')).toEqual([
      'It worked.',
      'Related: Our move Twelve months later, the bill is forty percent lower.',
    ]);
  });

  it('cuts a share button off the capitalised word glued after it, not a sentence that starts with the word', () => {
    expect(english('By Nina Ortiz Share Last year our bill passed our rent.')).toEqual(['By Nina Ortiz', 'Share', 'Last year our bill passed our rent.']);
    expect(english('It helps. Share prices fell sharply today.')).toEqual(['It helps.', 'Share prices fell sharply today.']);
  });
});

describe('splitBlocks', () => {
  it('makes one block of each line, and cuts a page pasted as one line', () => {
    expect(splitBlocks('Titre\n\n  Un paragraphe.  \n', 'fr')).toEqual({
      blocks: [
        { start: 0, end: 5, text: 'Titre', line: 0 },
        { start: 9, end: 23, text: 'Un paragraphe.', line: 2 },
      ],
      glued: false,
    });
    const glued = 'Accueil/Tech/Musk veut OpenAI Musk veut OpenAI Le consortium a fait une offre de 97,4 milliards de dollars lundi. 2025-02-10Partager Une offre inédite Le montant dépasse la valeur de nombreuses entreprises du CAC 40.';
    const { blocks, glued: isGlued } = splitBlocks(glued, 'fr');
    expect(isGlued).toBe(true);
    expect(blocks.map((block) => block.text)).toContain('Une offre inédite');
  });
});

describe('continuesParagraph', () => {
  it('goes on with a sentence that ties back, starts a paragraph with one that does not', () => {
    expect(continuesParagraph('Le conseil a rejeté l’offre.', 'Cette décision marque une étape.', undefined, 'fr')).toBe(true);
    expect(continuesParagraph('Il a quitté OpenAI.', 'Cependant, l’offre a été perçue comme hostile.', undefined, 'fr')).toBe(true);
    expect(continuesParagraph('Ce refus illustre la compétition.', 'Le conseil a insisté sur sa mission.', undefined, 'fr')).toBe(false);
    expect(continuesParagraph('The board said no.', 'This decision ends the talks.', undefined, 'en')).toBe(true);
  });

  it('sets list items and the sentence introducing them apart', () => {
    expect(isLabelItem('Compétition accrue entre les acteurs : La bataille ne fera que s’intensifier.')).toBe(true);
    expect(continuesParagraph('Cette décision présage trois tendances :', 'Cette tendance : elle dure.', undefined, 'fr')).toBe(false);
    expect(continuesParagraph('Le rejet signifie beaucoup.', 'Cette décision présage trois tendances :', 'Renforcement des laboratoires : ils gagnent.', 'fr')).toBe(false);
  });
});
