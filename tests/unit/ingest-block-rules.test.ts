import { describe, expect, it } from 'vitest';
import { BLOCK_RULES, classifyBlock, normalizeForRules } from '../../src/lib/ingest/classify-block.ts';
import { segmentCapture } from '../../src/lib/ingest/segment-capture.ts';

/** For each rule of the classifier, a block it takes, as pages print it. */
const EXAMPLES: Record<string, { text: string; language?: string }> = {
  'symbols only': { text: '• • •' },
  address: { text: 'https://www.lequotidien.fr/tech/musk-openai' },
  'wire desk initials': { text: 'abc/def' },
  'reporting credit': { text: 'Associated Press writer John Ortiz contributed to this report from Phoenix.', language: 'en' },
  breadcrumb: { text: 'Accueil > Économie > Tech' },
  'copyright or legal line': { text: '© 2025 Le Quotidien Numérique. Tous droits réservés.' },
  'press contact': { text: 'Contact presse : Marie Dupont, 01 23 45 67 89' },
  'legal notice': { text: 'Forward-looking statements', language: 'en' },
  'opinion disclaimer': { text: 'Les tribunes publiées engagent leurs seuls auteurs.' },
  'feedback widget': { text: 'Cet article vous a-t-il été utile ?' },
  'about the publisher': { text: 'À propos de NovaCorp' },
  'image credit': { text: 'Photo : AFP' },
  'cookie banner': { text: 'Nous utilisons des cookies pour mesurer l’audience.' },
  'comment form': { text: 'Laisser un commentaire' },
  'comment count': { text: '12 commentaires' },
  'newsletter or subscription form': { text: 'Abonnez-vous gratuitement à la newsletter pour ne rien manquer de l’actualité.' },
  'newsletter label': { text: 'Newsletter' },
  'share buttons': { text: 'Partager : Facebook Twitter LinkedIn E-mail' },
  'related articles heading': { text: 'Les plus lus' },
  'related article link': { text: 'Lire aussi : Le TER Occitanie teste une batterie géante' },
  'advertisement label': { text: 'Publicité' },
  'promotional call to action': { text: 'Contactez-nous pour un diagnostic gratuit de 30 minutes.' },
  navigation: { text: 'Skip to content', language: 'en' },
  'relative time': { text: 'Updated 3 hours ago', language: 'en' },
  'caption and credit': { text: 'Le pont, ici en 2023. | OUEST LITTORAL / ARCHIVES' },
  byline: { text: 'Par Marie Dupont, journaliste' },
  'dated byline': { text: 'Posted on 2025-03-02 by Alex Martin', language: 'en' },
  dateline: { text: 'Publié le 14 février 2025 à 18h32' },
};

/** Article prose, to make a block longer than any boilerplate. */
const PROSE =
  ' Le conseil régional a voté jeudi un budget de 40 millions d’euros pour la ligne, dont la moitié ira aux quais et à la signalisation, selon le rapport présenté en séance par la vice-présidente chargée des transports.';

describe('the rules of the block classifier', () => {
  it('have one name each, and an example each in this test', () => {
    const names = BLOCK_RULES.map((rule) => rule.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.filter((name) => !(name in EXAMPLES))).toEqual([]);
  });

  it.each(Object.entries(EXAMPLES))('%s: takes its example, alone and as the first rule that matches', (name, { text, language = 'fr' }) => {
    const rule = BLOCK_RULES.find((candidate) => candidate.name === name)!;
    expect(rule.test(normalizeForRules(text), language)).toBeTruthy();
    expect(classifyBlock(text, language)?.rule).toBe(name);
  });

  it.each(Object.entries(EXAMPLES))('%s: does not take its example inside a paragraph too long for boilerplate', (name, { text, language = 'fr' }) => {
    const rule = BLOCK_RULES.find((candidate) => candidate.name === name)!;
    let paragraph = text;
    while (paragraph.length <= 500) paragraph += PROSE;
    expect(rule.test(normalizeForRules(paragraph), language)).toBeFalsy();
  });
});

describe('classifyBlock, on the typographic apostrophe', () => {
  it.each([
    ['S’abonner', "S'abonner", 'newsletter'],
    ['J’aime', "J'aime", 'share'],
    ['Ces propos n’engagent que leur auteur.', "Ces propos n'engagent que leur auteur.", 'other'],
  ])('takes %j as it takes %j', (typographic, straight, kind) => {
    expect(classifyBlock(straight, 'fr')?.kind).toBe(kind);
    expect(classifyBlock(typographic, 'fr')).toEqual(classifyBlock(straight, 'fr'));
  });
});

/** The article's paragraphs as segmentation keeps them. */
const articleOf = (capture: string, language = 'fr') => segmentCapture(capture, language).blocks.filter((block) => block.role === 'article').map((block) => block.text);

describe('segmentCapture, on a paragraph as long as an article’s', () => {
  it('keeps a 377-character paragraph that mentions « copyright » in the article, and what follows it', () => {
    const paragraph =
      'La directive européenne sur le droit d’auteur oblige désormais les plateformes à rémunérer les éditeurs de presse. Le texte, que les géants du numérique ont combattu pendant quatre ans, étend le copyright aux extraits d’articles affichés par les moteurs de recherche, et les éditeurs français comptent bien s’en servir pour négocier des accords plus favorables dès cette année.';
    expect(paragraph).toHaveLength(377);
    const capture = [
      'Le Journal des Médias',
      'Accueil > Médias > Droit d’auteur',
      'Droit voisin : les éditeurs passent à l’offensive',
      'Par Claire Martin',
      'Publié le 3 mars 2025 à 9h12',
      'Les éditeurs de presse français ont assigné lundi deux plateformes devant le tribunal judiciaire de Paris, les accusant de refuser toute négociation sur la rémunération des contenus qu’elles affichent.',
      paragraph,
      'Une première audience est prévue en juin. Les plateformes n’ont pas souhaité réagir.',
      'Partager cet article',
      '© 2025 Le Journal des Médias',
    ].join('\n');
    expect(classifyBlock(paragraph, 'fr')).toBeUndefined();
    expect(articleOf(capture).slice(1)).toEqual([paragraph, 'Une première audience est prévue en juin. Les plateformes n’ont pas souhaité réagir.']);
  });
});
