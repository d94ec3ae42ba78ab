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
  'footer links': { text: 'Mentions légales | CGU | Cookies' },
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

/**
 * Article text about what boilerplate is made of: cookies, newsletters,
 * subscriptions, copyright, comments, sharing. Labelled by hand: each is
 * the article's, paragraphs as news sites print them and headings.
 */
const ARTICLE_TEXT: [string, string][] = [
  ['fr', 'La CNIL a infligé jeudi une lourde amende de 150 millions d’euros à Google, à qui elle reproche de rendre le refus des cookies plus compliqué que leur acceptation, une pratique jugée contraire aux règles européennes sur le consentement des internautes.'],
  ['fr', 'Google a renoncé en juillet à supprimer les cookies tiers de son navigateur Chrome.'],
  ['fr', 'Selon l’autorité, plus de la moitié des sites contrôlés déposaient des traceurs publicitaires avant même que l’internaute ait pu exprimer son choix.'],
  ['fr', 'Cookies : la CNIL inflige 150 millions d’euros d’amende à Google'],
  ['fr', 'Les nouvelles règles du consentement'],
  ['fr', 'Le Monde a lancé en septembre une newsletter payante consacrée au climat, qui compte déjà 40 000 abonnés selon la direction du quotidien.'],
  ['fr', 'Le Monde lance une newsletter payante consacrée au climat'],
  ['fr', 'Pour s’abonner, il faut désormais débourser 9,99 euros par mois, contre 7,99 euros l’an dernier, précise le groupe.'],
  ['fr', 'Le nombre d’abonnements numériques a progressé de 12 % en un an, porté par les offres groupées avec les opérateurs télécoms.'],
  ['fr', 'Les éditeurs réclament le respect du copyright et des droits voisins.'],
  ['fr', 'Meta a modifié sa politique de confidentialité en juin pour pouvoir entraîner ses modèles sur les publications publiques de ses utilisateurs européens.'],
  ['fr', 'Les conditions générales d’utilisation de l’application, longues de 40 pages, autorisent la revente des données à des partenaires commerciaux.'],
  ['fr', 'Le quotidien a fermé les commentaires sous ses articles consacrés au conflit, faute de pouvoir les modérer assez vite.'],
  ['fr', 'Les internautes pouvaient laisser un commentaire sous chaque vidéo jusqu’à la fin de l’année dernière.'],
  ['fr', 'Partager sur les réseaux sociaux des photos de ses enfants les expose à des risques, alerte la CNIL.'],
  ['fr', 'La vidéo a été partagée plus de 200 000 fois sur Facebook et X en moins de vingt-quatre heures.'],
  ['en', 'Regulators in Brussels said on Tuesday that the cookie banners used by most news sites still fail to offer a clear way to refuse tracking, and that fines would follow.'],
  ['en', 'Readers who subscribe to the print edition will also get access to the digital archive, the publisher said.'],
  ['en', 'Two years later, the newsletter reaches 300,000 inboxes, more than twice the paper’s print circulation.'],
  ['en', 'Newsletters, not comments: how the Tribune won back its readers'],
  ['en', 'The company updated its privacy policy in June to allow the training of its models on public posts.'],
  ['en', 'The judge ruled that the photographs were protected by copyright even though they had been posted online without a notice.'],
  ['en', 'The site closed its comments section in 2018, saying moderation had become too costly.'],
  ['en', 'Users who sign up for the free tier are shown twice as many ads, according to the filing.'],
  ['en', 'Share prices fell 4 percent in early trading after the announcement.'],
  ['en', 'Terms of service for the app run to 40 pages and allow data to be sold to partners.'],
];

describe('classifyBlock, on article text about boilerplate', () => {
  it.each(ARTICLE_TEXT)('leaves to the article (%s) %j', (language, text) => {
    expect(classifyBlock(text, language)).toBeUndefined();
  });
});

/** A consent banner as consent platforms word it. */
const BANNER =
  'Avec votre accord, nos partenaires et nous utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles comme votre visite sur ce site. Vous pouvez retirer votre consentement ou vous opposer aux traitements basés sur l’intérêt légitime à tout moment en cliquant sur « En savoir plus » ou dans notre politique de confidentialité sur ce site.';
/** An article's paragraph quoting such a banner. */
const QUOTING =
  'Sur la plupart des sites contrôlés, le bandeau affichait la même phrase : « En poursuivant votre navigation, vous acceptez l’utilisation de cookies. » Pour la CNIL, cette formule ne vaut pas consentement, puisque l’internaute n’a jamais cliqué sur rien.';

describe('a phrase of boilerplate in a paragraph-long block', () => {
  it('is tentative in a block that reads as a paragraph, sure in a short one', () => {
    expect(classifyBlock(BANNER, 'fr')).toEqual({ kind: 'other', reach: 'inline', rule: 'cookie banner', tentative: true });
    expect(classifyBlock(QUOTING, 'fr')).toMatchObject({ rule: 'cookie banner', tentative: true });
    expect(classifyBlock('En poursuivant votre navigation, vous acceptez l’utilisation de cookies.', 'fr')).toEqual({ kind: 'other', reach: 'inline', rule: 'cookie banner' });
  });

  const capture = (...middle: string[]) =>
    [
      'Le Courrier Numérique',
      'Cookies : la CNIL met en demeure vingt sites de presse',
      'Par Hélène Moreau',
      'Publié le 6 janvier 2025 à 11h05',
      'La CNIL a mis en demeure lundi vingt éditeurs de presse en ligne de revoir leurs bandeaux de cookies, qu’elle juge trompeurs pour les lecteurs.',
      ...middle,
      'Les éditeurs ont trois mois pour se mettre en conformité, faute de quoi ils s’exposent à une amende.',
      'Partager cet article',
      '© 2025 Le Courrier Numérique',
    ].join('\n');

  it('stays in the article between two of its paragraphs, first or last', () => {
    expect(articleOf(capture(QUOTING))).toContain(QUOTING);
    expect(articleOf(capture('Le message en cause', QUOTING))).toContain(QUOTING);
    const first = capture().replace(/^(La CNIL a mis en demeure)/mu, `${QUOTING}\n$1`);
    expect(articleOf(first)[0]).toBe(QUOTING);
    const last = capture().replace('Partager cet article', `${QUOTING}\nPartager cet article`);
    expect(articleOf(last).at(-1)).toBe(QUOTING);
  });

  it.each([
    ['fr', 'Nous utilisons des cookies pour suivre nos lecteurs, reconnaît le directeur du site.'],
    ['fr', 'Inscrivez-vous, nous a lancé le guichetier, avant de nous tendre un formulaire.'],
    ['fr', 'Votre e-mail a peut-être été piraté, prévient l’ANSSI.'],
    ['en', 'The views expressed here are those of the readers, the paper said of its letters page.'],
  ])('is tentative in reported speech, and stays in the article (%s) %j', (language, text) => {
    expect(classifyBlock(text, language)).toMatchObject({ tentative: true });
    expect(articleOf(capture(text))).toContain(text);
  });

  it('is removed at the top of the capture, or beside other boilerplate', () => {
    expect(articleOf(`${BANNER}\nTout accepter\n${capture()}`)).not.toContain(BANNER);
    expect(articleOf(`${BANNER}\n${capture()}`)).not.toContain(BANNER);
    expect(articleOf(capture().replace(/Partager cet article[^]*$/u, BANNER))).not.toContain(BANNER);
    const pitch = 'Vous avez aimé cet article sur la vie privée en ligne ? Abonnez-vous à la newsletter du Courrier Numérique pour recevoir chaque semaine nos enquêtes, nos analyses et nos conseils pratiques.';
    expect(classifyBlock(pitch, 'fr')).toMatchObject({ kind: 'newsletter', tentative: true });
    const article = articleOf(capture().replace('Partager cet article', `${pitch}\nVotre adresse e-mail\nPartager cet article`));
    expect(article.at(-1)).toBe('Les éditeurs ont trois mois pour se mettre en conformité, faute de quoi ils s’exposent à une amende.');
  });
});

describe('segmentCapture, on a headline above the byline', () => {
  it('takes « Word, clause: more » for the title, not for a name and a role', () => {
    const capture = ['The Harbour Gazette', 'Newsletters, not comments: how the Tribune won back its readers', 'By Daniel Okafor', 'March 4, 2025', 'The Riverside Tribune closed the comments section under its articles in 2023, saying moderation had become too costly.'].join('\n');
    expect(segmentCapture(capture, 'en').title?.text).toBe('Newsletters, not comments: how the Tribune won back its readers');
  });
});
