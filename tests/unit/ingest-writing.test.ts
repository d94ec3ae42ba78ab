import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { buildArticle } from '../../src/lib/build-article.ts';
import { sourceSchema } from '../../src/lib/schemas.ts';
import { formatIngestReport } from '../../src/lib/ingest/format-ingest-report.ts';
import { inferSource } from '../../src/lib/ingest/infer-source.ts';
import { quoteRemovedParts } from '../../src/lib/ingest/quote-removed-parts.ts';
import { quoteStructure } from '../../src/lib/ingest/quote-structure.ts';
import { renderSourceMdx, SUMMARY_PLACEHOLDER, yamlString } from '../../src/lib/ingest/render-source-mdx.ts';
import { editing, frontmatter, OPTIONS } from './helpers.ts';

const TODAY = new Date('2025-06-01T00:00:00Z');
const span = (text: string, part: string, from = 0, kind: 'title' | 'share' | 'comments' = 'share', toEnd = false) => {
  const start = text.indexOf(part, from);
  return { start, end: start + part.length, kind, toEnd };
};

describe('quoteRemovedParts', () => {
  it('quotes a part, with a suffix when its words stand twice', () => {
    const text = 'Titre\n\nTitre\n\nPartager cet article\nLe texte.\nPartager cet article\nCommentaires';
    const { parts } = quoteRemovedParts(text, [span(text, 'Titre', 0, 'title'), span(text, 'Partager cet article', 20)]);
    expect(parts).toEqual([
      { kind: 'title', quote: 'Titre', suffix: 'Titre Partager cet' },
      { kind: 'share', quote: 'Partager cet article', suffix: 'Commentaires' },
    ]);
    const article = buildArticle(text, editing({ removed: parts }), OPTIONS);
    expect(article.removed.map((part) => part.start)).toEqual([0, text.lastIndexOf('Partager')]);
  });

  it('writes a long part as a range from its first words to its last, or to the end', () => {
    const form = 'S’abonner à la lettre\nRecevez chaque matin l’essentiel de l’actualité lyonnaise dans votre boîte.\nVotre adresse e-mail\nJe m’inscris, c’est gratuit et sans engagement aucun pour vous';
    const text = `Le texte.\n${form}\nLa suite.\n${form}`;
    const first = span(text, form);
    const last = { ...span(text, form, first.end), toEnd: true };
    const { parts } = quoteRemovedParts(text, [first, last]);
    expect(parts).toEqual([
      { kind: 'share', from: 'S’abonner à la', prefix: 'Le texte.', to: 'aucun pour vous' },
      { kind: 'share', from: 'S’abonner à la', prefix: 'vous La suite.', toEnd: true },
    ]);
    const article = buildArticle(text, editing({ removed: parts }), OPTIONS);
    expect(article.blocks.map((block) => block.text)).toEqual(['Le texte.', 'La suite.']);
  });
});

describe('quoteRemovedParts, when no quote can single a part out', () => {
  it('leaves the part out, for the editor to remove by hand', () => {
    const text = 'Titre\nTitre\nTitre\nTitre';
    const { parts, skipped } = quoteRemovedParts(text, [span(text, 'Titre', 6, 'title')]);
    expect(parts).toEqual([]);
    expect(skipped).toEqual([{ start: 6, end: 11, kind: 'title', toEnd: false }]);
  });
});

describe('quoteStructure', () => {
  it('quotes the headings and the paragraph starts of a glued line', () => {
    const text = 'Un premier paragraphe. Une offre inédite Le montant dépasse la valeur. Les investisseurs restent discrets.';
    const at = (part: string, heading = false) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length, heading });
    const structure = quoteStructure(text, [at('Un premier paragraphe.'), at('Une offre inédite', true), at('Le montant dépasse la valeur.'), at('Les investisseurs restent discrets.')], []);
    expect(structure).toEqual({ headings: ['Une offre inédite'], paragraphs: [], breaks: ['Les investisseurs restent discrets.'] });
    expect(buildArticle(text, editing({ structure }), OPTIONS).blocks.map(({ kind, text: t }) => [kind, t])).toEqual([
      ['paragraph', 'Un premier paragraphe.'],
      ['heading', 'Une offre inédite'],
      ['paragraph', 'Le montant dépasse la valeur.'],
      ['paragraph', 'Les investisseurs restent discrets.'],
    ]);
  });
});

describe('renderSourceMdx', () => {
  const hostile = 'Titre "cité" --- {x} <b>gras</b> # pas\u2028un\u0085commentaire\u007f:\ufeff oui';
  const data = {
    capture: '2025-02-17-digimedia-openai-rejette-l-offre.txt',
    title: hostile,
    titleBasis: 'stated' as const,
    outlet: 'Digimedia',
    author: null,
    url: 'https://example.org/a?b=c#d',
    published: { date: '2025-02-10', precision: 'day' as const, basis: 'inferred' as const, reason: '« ce lundi » : le 10 février 2025.' },
    language: 'fr',
    removed: [{ kind: 'share' as const, quote: hostile, suffix: 'x' }, { kind: 'comments' as const, from: 'a', toEnd: true }],
    structure: { headings: ['Une offre inédite'], paragraphs: [], breaks: [] },
    unchecked: ['title' as const, 'removed' as const],
  };

  it('writes a frontmatter that reads back as the same valid source, capture text quoted whatever it holds', () => {
    const mdx = renderSourceMdx(data);
    // toMatchObject: the schema may give other fields their defaults.
    expect(sourceSchema.parse(frontmatter(mdx))).toMatchObject(data);
  });

  it('ends with the placeholder summary, in plain text', () => {
    const body = renderSourceMdx(data).split('\n---\n')[1]!;
    expect(body.trim()).toBe(SUMMARY_PLACEHOLDER);
    expect(SUMMARY_PLACEHOLDER).not.toMatch(/[{}<>]/u);
  });

  it('escapes what YAML does not allow raw', () => {
    expect(yamlString('a\u2028b\u0085c')).toBe('"a\\u2028b\\u0085c"');
    expect(parseYaml(`x: ${yamlString('a\u2028b\u0085c"\\')}`)).toEqual({ x: 'a\u2028b\u0085c"\\' });
  });
});

describe('inferSource', () => {
  const text = [
    'Accueil > Économie > Tech',
    'La SNCF commande trente rames à hydrogène',
    'Par Marie Dupont',
    'Publié le 14 février 2025 à 18h32',
    'La SNCF a annoncé vendredi la commande de trente rames à hydrogène auprès du constructeur Alstom, pour 1,2 milliard d’euros.',
    'Cette commande doit permettre de remplacer une partie des rames diesel qui circulent encore sur les lignes non électrifiées.',
    'Les régions prendront en charge l’essentiel de la dépense, avec une aide de l’État de 300 millions d’euros.',
    'Partager cet article',
    '© 2025 Le Quotidien Numérique. Tous droits réservés.',
  ].join('\n');

  it('infers every field and lists what the editor must check', () => {
    const source = inferSource(text, { today: TODAY });
    expect(source.id).toBe('2025-02-14-le-quotidien-numerique-la-sncf-commande-trente');
    expect(source.data).toMatchObject({
      capture: `${source.id}.txt`,
      title: 'La SNCF commande trente rames à hydrogène',
      titleBasis: 'stated',
      outlet: 'Le Quotidien Numérique',
      author: 'Marie Dupont',
      url: null,
      published: { date: '2025-02-14', precision: 'day', basis: 'stated' },
      language: 'fr',
      unchecked: ['title', 'outlet', 'author', 'published', 'removed'],
    });
    expect(source.article.blocks.map((block) => block.text.slice(0, 20))).toEqual(['La SNCF a annoncé ve', 'Cette commande doit ', 'Les régions prendron']);
  });

  it('gives the build the same article as the companion it writes', () => {
    const source = inferSource(text, { today: TODAY });
    const data = sourceSchema.parse(frontmatter(renderSourceMdx(source.data)));
    expect(buildArticle(text, data, OPTIONS)).toEqual(source.article);
  });

  it.each([
    ['one word', 'Bonjour'],
    ['only widgets', 'Partager\nCommentaires\nLaisser un commentaire'],
    ['a line repeated', Array.from({ length: 30 }, () => 'Titre répété').join('\n\n')],
    ['markup and YAML', '---\ntitle: piège\n---\n<h1>Titre</h1>\n{accolades} et `code`.'],
    ['a capture pasted twice', `${text}\n${text}`],
  ])('gives a companion the schema and the build accept for an odd capture: %s', (_, odd) => {
    const source = inferSource(odd, { today: TODAY });
    const data = sourceSchema.parse(frontmatter(renderSourceMdx(source.data)));
    expect(buildArticle(odd, data, OPTIONS)).toEqual(source.article);
  });

  it('reports each field, the removed parts and what to check', () => {
    const source = inferSource(text, { today: TODAY });
    const report = formatIngestReport({
      file: 'capture.txt',
      status: 'written',
      id: source.id,
      encoding: 'windows-1252',
      invalid: [],
      source,
      data: source.data,
      article: source.article,
      checked: [],
      written: [`content/sources/${source.id}.txt`, `content/sources/${source.id}.mdx`],
      replaced: false,
      kept: [],
    });
    expect(report).toMatchInlineSnapshot(`
      "added: 2025-02-14-le-quotidien-numerique-la-sncf-commande-trente ← capture.txt
        decoded as Windows-1252 (not UTF-8); the bytes are kept as received
        title       "La SNCF commande trente rames à hydrogène" (stated)
        outlet      "Le Quotidien Numérique" — copyright line "© 2025 Le Quotidien Numérique. Tous droits réservés."
        author      "Marie Dupont"
        url         — (none in the capture)
        published   2025-02-14 (day, stated) — "Publié le 14 février 2025 à 18h32"
        language    fr
        article     3 blocks, 57 words
        removed     6 parts:
          breadcrumb   "Accueil > Économie > Tech"
          title        "La SNCF commande trente rames à…"
          byline       "Par Marie Dupont"
          dateline     "Publié le 14 février 2025 à…"
          share        "Partager cet article"
          footer       "© 2025 Le Quotidien Numérique. Tous…"
        check       title, outlet, author, published, removed — then remove them from \`unchecked\` in content/sources/2025-02-14-le-quotidien-numerique-la-sncf-commande-trente.mdx
        wrote       content/sources/2025-02-14-le-quotidien-numerique-la-sncf-commande-trente.txt, content/sources/2025-02-14-le-quotidien-numerique-la-sncf-commande-trente.mdx"
    `);
  });
});
