import { describe, expect, it } from 'vitest';
import { inferAuthor, nameBeforeRole, nameInByline } from '../../src/lib/ingest/infer-author.ts';
import { inferOutlet } from '../../src/lib/ingest/infer-outlet.ts';
import { inferPublished } from '../../src/lib/ingest/infer-published.ts';
import { inferTitle } from '../../src/lib/ingest/infer-title.ts';
import { inferUrl } from '../../src/lib/ingest/infer-url.ts';
import { makeSourceId } from '../../src/lib/ingest/make-source-id.ts';
import { segmentCapture } from '../../src/lib/ingest/segment-capture.ts';

const TODAY = new Date('2025-06-01T00:00:00Z');
const BODY = [
  'Le conseil d’administration d’OpenAI a rejeté à l’unanimité l’offre de rachat formulée par un groupe d’investisseurs mené par Elon Musk.',
  'Cette décision marque une étape importante dans la gouvernance des entreprises d’intelligence artificielle et soulève des questions sur l’avenir du secteur.',
  'Le président du conseil, Bret Taylor, a déclaré que la société n’était pas à vendre et qu’elle poursuivrait sa mission sans intervention extérieure.',
];
/** A capture: some lines, then three paragraphs of article, then more lines. */
const capture = (before: string[], after: string[] = []) => [...before, ...BODY, ...after].join('\n');
const roles = (text: string, language = 'fr') => segmentCapture(text, language).blocks.map((block) => [block.role, block.text.slice(0, 30)]);

describe('segmentCapture', () => {
  it('takes the heading-shaped line before the first prose for the title, and its copy too', () => {
    const text = capture(['OpenAI rejette l’offre de Musk', '', 'OpenAI rejette l’offre de Musk', 'Partager cet article']);
    const segmentation = segmentCapture(text, 'fr');
    expect(segmentation.title?.text).toBe('OpenAI rejette l’offre de Musk');
    expect(roles(text).slice(0, 4)).toEqual([
      ['title', 'OpenAI rejette l’offre de Musk'],
      ['title', 'OpenAI rejette l’offre de Musk'],
      ['share', 'Partager cet article'],
      ['article', 'Le conseil d’administration d’'],
    ]);
  });

  it('removes the picture’s caption with its credit, and bylines and datelines', () => {
    const text = capture(['Elon Musk', 'Crédits : Sciencepost/généré par Grok', 'Un titre d’article sur OpenAI', 'Par Marie Dupont', 'Publié le 14 février 2025 à 18h32']);
    expect(roles(text).slice(0, 5).map(([role]) => role)).toEqual(['image-credit', 'image-credit', 'title', 'byline', 'dateline']);
  });

  it('ends the article at a comment form, with everything after it', () => {
    const text = capture(['Un titre d’article sur OpenAI'], ['Et vous, qu’en pensez-vous ?', 'Laisser un commentaire', 'Une phrase d’un autre article qui parle de tout autre chose.']);
    const blocks = roles(text);
    expect(blocks.at(-3)).toEqual(['article', 'Et vous, qu’en pensez-vous ?']);
    expect(blocks.slice(-2).map(([role]) => role)).toEqual(['comments', 'comments']);
  });

  it('goes on after a newsletter form when the article resumes, and stops when other articles follow', () => {
    const resumes = capture(['Un titre d’article sur OpenAI'], ['Inscrivez-vous à notre newsletter', 'Le conseil d’OpenAI a rappelé que la mission de la société restait de développer une intelligence artificielle sûre.']);
    expect(roles(resumes).at(-1)![0]).toBe('article');
    const teasers = capture(['Un titre d’article sur OpenAI'], [
      'Inscrivez-vous à notre newsletter',
      'Pourquoi la Russie tarde-t-elle à gagner la guerre ? par Thibault',
      'Pourquoi la Russie tarde-t-elle à gagner la guerre ? par Thibault',
      'Depuis quatre ans, une cohorte de commentateurs nous promet une victoire russe imminente sur le front ukrai',
    ]);
    expect(roles(teasers).slice(-3).map(([role]) => role)).toEqual(['teasers', 'teasers', 'teasers']);
  });

  it('takes a name alone after the last paragraph for the signature', () => {
    expect(roles(capture(['Un titre d’article sur OpenAI'], ['Léa Moreau'])).at(-1)).toEqual(['byline', 'Léa Moreau']);
  });

  it('puts a glued line back into headings and paragraphs', () => {
    const text =
      "Accueil/Tech/Musk veut OpenAI Musk veut OpenAI Le consortium a fait une offre de 97,4 milliards de dollars lundi. Cette offre dépasse les attentes. 2025-02-10Partager Une offre inédite Le montant dépasse la valeur de nombreuses entreprises du CAC 40. Les investisseurs restent discrets.";
    const segmentation = segmentCapture(text, 'fr');
    expect(segmentation.glued).toBe(true);
    expect(segmentation.article.map((segment) => [segment.heading, text.slice(segment.start, segment.end)])).toEqual([
      [false, 'Le consortium a fait une offre de 97,4 milliards de dollars lundi. Cette offre dépasse les attentes.'],
      [true, 'Une offre inédite'],
      [false, 'Le montant dépasse la valeur de nombreuses entreprises du CAC 40.'],
      [false, 'Les investisseurs restent discrets.'],
    ]);
    expect(segmentation.removed.map((span) => [span.kind, text.slice(span.start, span.end)])).toEqual([
      ['breadcrumb', 'Accueil/Tech/Musk veut OpenAI'],
      ['title', 'Musk veut OpenAI'],
      ['dateline', '2025-02-10'],
      ['share', 'Partager'],
    ]);
  });
});

describe('inferTitle', () => {
  it('takes the stated title without the emoji around it', () => {
    const text = capture(['✨ L’IA dans les PME : par où commencer ?']);
    expect(inferTitle(segmentCapture(text, 'fr'), text)).toEqual({ title: 'L’IA dans les PME : par où commencer ?', basis: 'stated' });
  });

  it('makes one of the first plain statement when the capture prints none', () => {
    const text = ['Depuis quelques heures, une information secoue le monde de la tech :', 'Elon Musk a formulé une offre colossale de 97,4 milliards de dollars pour racheter OpenAI.', ...BODY].join('\n');
    expect(inferTitle(segmentCapture(text, 'fr'), text)).toEqual({
      title: 'Elon Musk a formulé une offre colossale de 97,4 milliards de dollars pour racheter OpenAI',
      basis: 'inferred',
    });
  });
});

describe('inferOutlet', () => {
  const outlet = (before: string[], after: string[] = []) => {
    const text = capture(before, after);
    return inferOutlet(text, segmentCapture(text, 'fr')).outlet;
  };

  it('spells a domain of the capture as the text does', () => {
    expect(outlet(['Un titre d’article sur OpenAI'], ['Découvrez nos ressources ici 👉 www.thefrenchbot.com', 'Julian & L’équipe The French Bot'])).toBe('The French Bot');
    expect(outlet(['https://letechobservateur.sn/', 'Un titre d’article sur OpenAI'])).toBe('Le Tech Observateur');
  });

  it('reads a copyright line, without its year', () => {
    expect(outlet(['Un titre d’article sur OpenAI'], ['© La Gazette du Rhône 2025'])).toBe('La Gazette du Rhône');
  });

  it('reads a newsletter line, turning « au » into « Le »', () => {
    expect(outlet(['Un titre d’article sur OpenAI'], ["S'abonner au Courrier des Stratèges"])).toBe('Le Courrier des Stratèges');
  });

  it('reads a picture credit’s first part, or a masthead', () => {
    expect(outlet(['Elon Musk', 'Crédits : Sciencepost/généré par Grok', 'Un titre d’article sur OpenAI'])).toBe('Sciencepost');
    expect(outlet(['Gironde Info', 'Un titre d’article sur OpenAI'])).toBe('Gironde Info');
  });

  it('reads the agency of a wire dateline', () => {
    const text = ['EU fines chipmaker over merger filing', 'BRUSSELS, Feb 14 (Reuters) - The European Commission on Friday fined a chipmaker 110 million euros for completing a takeover early.', 'The company said it would appeal.'].join('\n');
    expect(inferOutlet(text, segmentCapture(text, 'en')).outlet).toBe('Reuters');
  });

  it('says when it found nothing', () => {
    expect(outlet(['Un titre d’article sur OpenAI'])).toBe('Source inconnue');
  });
});

describe('inferAuthor', () => {
  it('reads the name in a byline, without the role', () => {
    expect(nameInByline('Par Marie Dupont, journaliste')).toBe('Marie Dupont');
    expect(nameInByline('By Jane Smith and Tom Brown')).toBe('Jane Smith and Tom Brown');
    expect(nameInByline('Rédigé par Claire Fontaine le 3 mars 2025')).toBe('Claire Fontaine');
    expect(nameInByline('Posted on 2025-03-02 by Alex Martin')).toBe('Alex Martin');
    expect(nameInByline('✍️ Article rédigé par les experts en automatisation de The French Bot')).toBeUndefined();
    expect(nameBeforeRole('Priya Natarajan, Technology Correspondent')).toBe('Priya Natarajan');
  });

  it('takes the first byline with a name, else a signature, and writes shouted names in the usual case', () => {
    const author = (before: string[], after: string[] = []) => inferAuthor(segmentCapture(capture(before, after), 'fr'));
    expect(author(['Un titre d’article sur OpenAI', 'Par MARIA CLARK'])).toBe('Maria Clark');
    expect(author(['Un titre d’article sur OpenAI'], ['✍️ Article rédigé par les experts en automatisation de The French Bot.', 'Julian & L’équipe The French Bot'])).toBe('Julian & L’équipe The French Bot');
    expect(author(['Un titre d’article sur OpenAI'])).toBeNull();
  });
});

describe('inferUrl', () => {
  it('takes a line that is an address, not addresses inside text', () => {
    expect(inferUrl('https://letechobservateur.sn/\nTitre')).toBe('https://letechobservateur.sn/');
    expect(inferUrl('Source : https://example.org/a/b.html.\nTitre')).toBe('https://example.org/a/b.html');
    expect(inferUrl('Découvrez nos ressources ici 👉 www.thefrenchbot.com\nVoir https://x.org/ ici')).toBeNull();
  });
});

describe('inferPublished', () => {
  const published = (before: string[], after: string[] = [], body: string[] = BODY) => {
    const text = [...before, ...body, ...after].join('\n');
    return inferPublished(text, segmentCapture(text, 'fr'), 'fr', TODAY).published;
  };

  it('reads a stated date, the publication before the update', () => {
    expect(published(['Un titre d’article sur OpenAI', 'Publié le 14 février 2025 à 18h32'])).toEqual({ date: '2025-02-14', precision: 'day', basis: 'stated' });
    expect(published(['Un titre d’article sur OpenAI', 'Mis à jour le 3 mars 2025', 'Publié le 1er mars 2025'])).toMatchObject({ date: '2025-03-01', basis: 'stated' });
    expect(published(['Un titre d’article sur OpenAI'], [], ['Paris, le 12/02/2025 – NovaCorp annonce l’ouverture de son premier centre de recyclage de batteries.', ...BODY])).toMatchObject({ date: '2025-02-12', basis: 'stated' });
  });

  it('takes an update date alone as an upper bound', () => {
    expect(published(['Un titre d’article sur OpenAI', 'Mis à jour le 3 mars 2025'])).toMatchObject({ date: '2025-03-03', basis: 'inferred' });
  });

  it('infers the day « ce lundi » points to when the article names that Monday', () => {
    const body = ['L’enquête a été ouverte ce lundi, a annoncé la Commission européenne à Bruxelles.', 'Lundi 10 février 2025, les services de la Commission ont adressé une demande d’informations au groupe.', ...BODY];
    expect(published(['Un titre d’article sur OpenAI'], [], body)).toEqual({
      date: '2025-02-10',
      precision: 'day',
      basis: 'inferred',
      reason: 'La capture ne porte pas de date de publication. Elle mentionne le « Lundi 10 février 2025 » et parle de « ce lundi » : l’article a sans doute été écrit ce jour-là, le 10 février 2025. À vérifier.',
    });
  });

  it('takes the latest of the days « ce lundi » may point to', () => {
    const body = ['Lundi 3 février 2025, la Commission avait demandé des documents au groupe.', 'L’enquête a été ouverte ce lundi 10 février 2025, a annoncé la Commission européenne à Bruxelles.', ...BODY];
    expect(published(['Un titre d’article sur OpenAI'], [], body)).toMatchObject({ date: '2025-02-10', precision: 'day', basis: 'inferred' });
  });

  it('takes the day « ce lundi » introduces itself over a later Monday the article names', () => {
    const body = ['Ce lundi 3 février 2025, le conseil d’administration a répondu à l’offre de rachat.', 'Le tribunal doit rendre sa décision le lundi 17 février 2025, selon les avocats.', ...BODY];
    expect(published(['Un titre d’article sur OpenAI'], [], body)).toMatchObject({ date: '2025-02-03', precision: 'day', basis: 'inferred' });
  });

  it('does not take « lundi dernier » or « last Monday » for the day of publication, only for its earliest month', () => {
    const body = ['Lundi 10 février 2025, les services de la Commission ont adressé une demande d’informations au groupe.', 'L’enquête, ouverte lundi dernier, a été annoncée par la Commission européenne à Bruxelles.', ...BODY];
    expect(published(['Un titre d’article sur OpenAI'], [], body)).toMatchObject({ date: '2025-02', precision: 'month', basis: 'inferred' });
    const english = ['A title about OpenAI', 'The Commission sent a request to the group on February 10, 2025, a Monday.', 'The inquiry, opened last Monday, was announced by the European Commission in Brussels today.', 'The board of the company said that it was not for sale and that it would go on with its mission.'].join('\n');
    expect(inferPublished(english, segmentCapture(english, 'en'), 'en', TODAY).published).toMatchObject({ date: '2025-02', precision: 'month' });
  });

  it('does not take a date after the day of ingestion (a plan, a deadline) for the date of publication', () => {
    const plan = (sentence: string) => published(['Un titre'], [], [sentence, ...BODY]);
    expect(plan('Fondée en 2015, la société veut doubler ses effectifs d’ici 2030.')).toMatchObject({ date: '2015', precision: 'year' });
    expect(plan('Annoncé le 12 mars 2025, le chantier doit s’achever le 30 juin 2026.')).toMatchObject({ date: '2025-03', precision: 'month' });
    expect(plan('Le chantier ouvert ce lundi 12 mai 2025 doit s’achever le lundi 29 juin 2026, ce lundi-là au plus tard.')).toMatchObject({ date: '2025-05-12', precision: 'day' });
  });

  it('falls back on the month of the latest day, the latest year, then the year of ingestion', () => {
    expect(published(['Un titre'], [], ['Lundi 10 février 2025, l’avocat de Musk a soumis une offre de rachat au conseil.', ...BODY])).toMatchObject({ date: '2025-02', precision: 'month', basis: 'inferred' });
    expect(published(['Un titre'], [], ['Fondée en 2015, la société a changé de statut en 2019 pour attirer des investisseurs.', ...BODY])).toMatchObject({ date: '2019', precision: 'year', basis: 'inferred' });
    expect(published(['Un titre'])).toMatchObject({ date: '2025', precision: 'year', basis: 'inferred' });
  });
});

describe('makeSourceId', () => {
  it('joins the date, the outlet and the title’s first words in lowercase ASCII', () => {
    expect(makeSourceId('2025-02-17', 'Digimedia', "OpenAI rejette l'offre de rachat d'Elon Musk")).toBe('2025-02-17-digimedia-openai-rejette-l-offre');
    expect(makeSourceId('2025', 'L’Écho des Vallées', '« Œuvre » : 100 % !')).toBe('2025-l-echo-des-vallees-oeuvre-100');
    expect(makeSourceId('2025-02', '', '🚀')).toBe('2025-02-source-article');
  });
});
