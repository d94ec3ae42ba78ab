import { describe, expect, it } from 'vitest';
import { buildArticle, type Article } from '../../src/lib/build-article.ts';
import { DossierError } from '../../src/lib/dossier-error.ts';
import { editing, errorOf, loadSeed, OPTIONS, unaccounted } from './helpers.ts';

const texts = (article: Article) => article.blocks.map((block) => block.text);
const kinds = (article: Article) => article.blocks.map((block) => [block.kind, block.text]);

describe('buildArticle: removed parts', () => {
  it('ends a range on its last words even when they also stand inside its first words', () => {
    const capture = 'Texte avant.\nDébut du bloc fin partielle suite du bloc fin\nTexte après.';
    const article = buildArticle(capture, editing({ removed: [{ kind: 'other', from: 'Début du bloc fin partielle', to: 'bloc fin' }] }), OPTIONS);
    expect(article.removed.map((part) => part.text)).toEqual(['Début du bloc fin partielle suite du bloc fin']);
    expect(article.blocks.map((block) => block.text)).toEqual(['Texte avant.', 'Texte après.']);
  });

  it('removes a part given by an exact quote, wherever the line breaks fall in it', () => {
    const capture = 'Partager\ncet article\nLe conseil a rejeté l’offre.';
    const article = buildArticle(capture, editing({ removed: [{ kind: 'share', quote: 'Partager cet article' }] }), OPTIONS);
    expect(article.removed).toEqual([{ kind: 'share', start: 0, end: 20, text: 'Partager\ncet article' }]);
    expect(texts(article)).toEqual(['Le conseil a rejeté l’offre.']);
  });

  it('picks the occurrence of a repeated quote by its prefix or its suffix', () => {
    const capture = 'Titre du site\nPartager\nLe conseil a rejeté l’offre.\nPartager\nCommentaires';
    const article = buildArticle(
      capture,
      editing({
        removed: [
          { kind: 'share', quote: 'Partager', prefix: 'Titre du site' },
          { kind: 'share', quote: 'Partager', suffix: 'Commentaires' },
        ],
      }),
      OPTIONS,
    );
    expect(article.removed.map((part) => part.start)).toEqual([capture.indexOf('Partager'), capture.lastIndexOf('Partager')]);
    expect(texts(article)).toEqual(['Titre du site', 'Le conseil a rejeté l’offre.', 'Commentaires']);
  });

  it('removes a range from its first words to the first occurrence of its last words after them', () => {
    const capture = 'fin. Le texte commence.\nLire aussi\nUn article sans rapport\nfin.\nLe texte reprend ici.';
    const article = buildArticle(capture, editing({ removed: [{ kind: 'teasers', from: 'Lire aussi', to: 'fin.' }] }), OPTIONS);
    expect(article.removed).toEqual([
      { kind: 'teasers', start: 24, end: 63, text: 'Lire aussi\nUn article sans rapport\nfin.' },
    ]);
    expect(texts(article)).toEqual(['fin. Le texte commence.', 'Le texte reprend ici.']);
  });

  it('removes a range from its first words to the end of the capture, trailing white space aside', () => {
    const capture = 'Le texte de l’article.\nNewsletter\nInscrivez-vous\n\n  \n';
    const article = buildArticle(capture, editing({ removed: [{ kind: 'newsletter', from: 'Newsletter', toEnd: true }] }), OPTIONS);
    expect(article.removed).toEqual([{ kind: 'newsletter', start: 23, end: 48, text: 'Newsletter\nInscrivez-vous' }]);
    expect(texts(article)).toEqual(['Le texte de l’article.']);
  });

  it('cuts a removed part out of the middle of a line, keeping the text on both sides', () => {
    const capture = 'Le conseil a rejeté 2025-02-17Comment l’offre de Musk.';
    const article = buildArticle(
      capture,
      editing({ removed: [{ kind: 'dateline', quote: '2025-02-17' }, { kind: 'comments', quote: 'Comment' }] }),
      OPTIONS,
    );
    expect(texts(article)).toEqual(['Le conseil a rejeté', 'l’offre de Musk.']);
  });

  it('lists the removed parts in the order of the capture, whatever their order in the frontmatter', () => {
    const capture = 'Titre\nLe texte.\nPartager';
    const article = buildArticle(
      capture,
      editing({ removed: [{ kind: 'share', quote: 'Partager' }, { kind: 'title', quote: 'Titre' }] }),
      OPTIONS,
    );
    expect(article.removed.map((part) => part.kind)).toEqual(['title', 'share']);
  });
});

describe('buildArticle: nothing is lost', () => {
  const capture = [
    'https://exemple.fr/',
    'Musk veut OpenAI',
    '',
    'Un consortium mené par Elon Musk propose 97,4 milliards de dollars.',
    'Les enjeux',
    '  • Microsoft : son partenariat pourrait être remis en question.',
    '  - La régulation : les autorités pourraient s’en mêler.',
    'Partager',
    'Commentaires (2)',
    'Bravo',
  ].join('\n');
  const article = buildArticle(
    capture,
    editing({
      removed: [
        { kind: 'url', quote: 'https://exemple.fr/' },
        { kind: 'title', quote: 'Musk veut OpenAI' },
        { kind: 'share', quote: 'Partager' },
        { kind: 'comments', from: 'Commentaires (2)', toEnd: true },
      ],
    }),
    OPTIONS,
  );

  it('puts every non-space character in exactly one block or one removed part', () => {
    expect(unaccounted(capture, article)).toEqual([]);
  });

  it('gives each block and removed part the text of the capture at its offsets', () => {
    for (const span of [...article.blocks, ...article.removed]) expect(span.text).toBe(capture.slice(span.start, span.end));
  });

  it('keeps blocks in the order of the capture, without overlaps', () => {
    const spans = [...article.blocks, ...article.removed].sort((a, b) => a.start - b.start);
    for (let i = 1; i < spans.length; i++) expect(spans[i]!.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
    expect(article.blocks.map((block) => block.start)).toEqual([...article.blocks.map((block) => block.start)].sort((a, b) => a - b));
  });

  it('never starts or ends a block with white space', () => {
    for (const block of article.blocks) expect(block.text).toBe(block.text.trim());
  });

  it('accounts for every character of the five real captures', () => {
    for (const id of [
      'courrier-strateges-musk-altman',
      'digimedia-openai-rejette-offre',
      'letechobservateur-offre-musk-openai',
      'sciencepost-consortium-musk-openai',
      'thefrenchbot-musk-rachat-openai',
    ]) {
      const seed = loadSeed(id);
      expect(unaccounted(seed.decoded.text, seed.article), id).toEqual([]);
    }
  });
});

describe('buildArticle: a capture glued on one line', () => {
  const glued =
    'Accueil/Tech/Musk veut OpenAI Musk veut OpenAI Le consortium a fait une offre de 97,4 milliards de dollars lundi. ' +
    '2025-02-10Partager Une offre inédite Le montant dépasse la valeur de nombreuses entreprises du CAC 40. ' +
    'Les investisseurs restent discrets. Et maintenant ? La suite dépendra du conseil d’administration. ' +
    'Newsletter Inscrivez-vous pour recevoir nos articles';

  it('splits it at the headings and breaks the editor quotes', () => {
    const article = buildArticle(
      glued,
      editing({
        removed: [
          { kind: 'breadcrumb', quote: 'Accueil/Tech/Musk veut OpenAI' },
          { kind: 'title', quote: 'Musk veut OpenAI', suffix: 'Le consortium' },
          { kind: 'dateline', quote: '2025-02-10' },
          { kind: 'share', quote: 'Partager' },
          { kind: 'newsletter', from: 'Newsletter', toEnd: true },
        ],
        structure: { headings: ['Une offre inédite', 'Et maintenant ?'], breaks: ['Les investisseurs restent discrets.'] },
      }),
      OPTIONS,
    );
    expect(kinds(article)).toEqual([
      ['paragraph', 'Le consortium a fait une offre de 97,4 milliards de dollars lundi.'],
      ['heading', 'Une offre inédite'],
      ['paragraph', 'Le montant dépasse la valeur de nombreuses entreprises du CAC 40.'],
      ['paragraph', 'Les investisseurs restent discrets.'],
      ['heading', 'Et maintenant ?'],
      ['paragraph', 'La suite dépendra du conseil d’administration.'],
    ]);
    expect(unaccounted(glued, article)).toEqual([]);
  });

  it('leaves it as one paragraph when the editor gives no structure', () => {
    expect(buildArticle(glued, editing(), OPTIONS).blocks).toHaveLength(1);
  });

  it('splits the real Digimedia capture into its headings and paragraphs', () => {
    const { data, decoded, article } = loadSeed('digimedia-openai-rejette-offre');
    expect(decoded.text).not.toContain('\n');
    expect(data.structure.headings).toHaveLength(4);
    expect(article.blocks.filter((block) => block.kind === 'heading').map((block) => block.text)).toEqual([
      'Un refus stratégique pour préserver l\'indépendance d\'OpenAI',
      'Une rivalité croissante dans l\'IA',
      'Quel impact pour l\'avenir de l\'IA et les professionnels du digital ?',
      'Conclusion',
    ]);
    // Each break starts a paragraph of its own.
    for (const quote of data.structure.breaks) {
      expect(article.blocks.some((block) => block.kind === 'paragraph' && block.text.startsWith(quote)), quote).toBe(true);
    }
    expect(article.blocks).toHaveLength(4 + data.structure.breaks.length);
    expect(article.blocks[0]!.text).toBe(
      'Le conseil d\'administration d\'OpenAI a rejeté à l\'unanimité l\'offre d\'achat de l\'entreprise formulée par un groupe d\'investisseurs dirigé par Elon Musk, estimée à 97,4 milliards de dollars. Cette décision marque une étape cruciale dans la gouvernance des entreprises d\'intelligence artificielle et soulève des questions sur l\'avenir du secteur.',
    );
    expect(article.blocks[1]).toMatchObject({ kind: 'heading', id: 'un-refus-strategique-pour-preserver-l-independance-d' });
    const text = texts(article).join('\n');
    for (const gone of ['Home/International', '2025-02-17', 'Comment ', 'Newsletter', 'Enter your Email address']) expect(text).not.toContain(gone);
  });
});

describe('buildArticle: headings found without help', () => {
  const classify = (capture: string) => kinds(buildArticle(capture, editing(), OPTIONS));

  it('takes a short line without final punctuation followed by a longer paragraph for a heading', () => {
    expect(classify('Un refus net\nLe conseil d’administration a rejeté l’offre à l’unanimité.')).toEqual([
      ['heading', 'Un refus net'],
      ['paragraph', 'Le conseil d’administration a rejeté l’offre à l’unanimité.'],
    ]);
  });

  it('keeps a short line followed by a shorter one as a paragraph', () => {
    expect(classify('Un refus très net du conseil\nIl a tranché.')[0]).toEqual(['paragraph', 'Un refus très net du conseil']);
  });

  it('keeps a line ending like a sentence as a paragraph', () => {
    for (const line of ['Le conseil a tranché.', 'Il a déclaré :', 'Un avis partagé,', 'Et puis…', '« Non merci »', 'Non !', '(suite)']) {
      expect(classify(`${line}\nUn paragraphe nettement plus long que la ligne qui le précède.`)[0], line).toEqual(['paragraph', line]);
    }
  });

  it('never takes the last line for a heading', () => {
    expect(classify('Le texte se termine ici, sur une phrase.\nSignature')).toEqual([
      ['paragraph', 'Le texte se termine ici, sur une phrase.'],
      ['paragraph', 'Signature'],
    ]);
  });

  it('ignores trailing emoji when it looks for final punctuation', () => {
    expect(classify('Conclusion 🚀\nLa suite dépendra des tribunaux américains.')[0]).toEqual(['heading', 'Conclusion 🚀']);
    expect(classify('C’est fini ! 🎉\nLa suite dépendra des tribunaux américains.')[0]).toEqual(['paragraph', 'C’est fini ! 🎉']);
  });

  it('takes a question followed by a longer paragraph for a heading', () => {
    expect(classify('Quelle réponse d’OpenAI ?\nPour le moment, ni OpenAI ni Microsoft n’ont répondu.')[0]).toEqual([
      'heading',
      'Quelle réponse d’OpenAI ?',
    ]);
  });

  it('keeps a question followed by a short line as a paragraph', () => {
    expect(classify('Et vous, que pensez-vous de cette tentative ?\nCoup de génie ou coup de poker ?\nDites-le-nous !')).toEqual([
      ['paragraph', 'Et vous, que pensez-vous de cette tentative ?'],
      ['paragraph', 'Coup de génie ou coup de poker ?'],
      ['paragraph', 'Dites-le-nous !'],
    ]);
  });

  it('takes a short line followed by a heading or a list for a heading', () => {
    expect(classify('Les tensions\nUn divorce progressif\nMusk a quitté OpenAI en 2018, invoquant des désaccords.')).toEqual([
      ['heading', 'Les tensions'],
      ['heading', 'Un divorce progressif'],
      ['paragraph', 'Musk a quitté OpenAI en 2018, invoquant des désaccords.'],
    ]);
    expect(classify('Scénarios\n• Un rachat.\n• Un refus.')[0]).toEqual(['heading', 'Scénarios']);
  });

  it('does not take a line longer than 110 characters for a heading', () => {
    const long = 'Une très longue ligne sans ponctuation finale qui ressemble à un titre mais qui dépasse largement la limite fixée';
    expect(long.length).toBeGreaterThan(110);
    expect(classify(`${long}\n${long} et qui continue encore.`)[0]![0]).toBe('paragraph');
  });

  it('lets the editor force a heading or a paragraph', () => {
    const capture = 'Il a dit : « Non »\nUn paragraphe nettement plus long que la ligne qui le précède.\nUn titre\nUn paragraphe plus long que le titre.';
    const article = buildArticle(capture, editing({ structure: { headings: ['Il a dit : « Non »'], paragraphs: ['Un titre'] } }), OPTIONS);
    expect(article.blocks.map((block) => block.kind)).toEqual(['heading', 'paragraph', 'paragraph', 'paragraph']);
  });
});

describe('buildArticle: lists', () => {
  it('makes an item of every line starting with "•", "-", "–" or "*" and a space, without the bullet', () => {
    const capture = 'Les scénarios\n• Un rachat.\n- Un refus.\n– Une négociation.\n* Un procès.';
    const article = buildArticle(capture, editing(), OPTIONS);
    expect(kinds(article)).toEqual([
      ['heading', 'Les scénarios'],
      ['item', 'Un rachat.'],
      ['item', 'Un refus.'],
      ['item', 'Une négociation.'],
      ['item', 'Un procès.'],
    ]);
    // An item's offsets are those of its text, after the bullet.
    expect(article.blocks[1]!.start).toBe('Les scénarios\n• '.length);
    for (const block of article.blocks) expect(block.text).toBe(capture.slice(block.start, block.end));
  });

  it('does not take a dash glued to a number, or an em dash, for a bullet', () => {
    const article = buildArticle('-5 % pour l’action, selon les analystes.\n— Non, répond Altman.', editing(), OPTIONS);
    expect(kinds(article)).toEqual([
      ['paragraph', '-5 % pour l’action, selon les analystes.'],
      ['paragraph', '— Non, répond Altman.'],
    ]);
  });

  it('finds indented bullets', () => {
    expect(kinds(buildArticle('  • Réduction de l’influence de Microsoft.', editing(), OPTIONS))).toEqual([['item', 'Réduction de l’influence de Microsoft.']]);
  });
});

describe('buildArticle: ids', () => {
  const capture = 'Un refus net\nLe conseil d’administration a rejeté l’offre de Musk à l’unanimité.\n• Un rachat de plus.';

  it('names headings by their first words and paragraphs and items with a p- prefix', () => {
    expect(buildArticle(capture, editing(), OPTIONS).blocks.map((block) => block.id)).toEqual([
      'un-refus-net',
      'p-le-conseil-d-administration-a',
      'p-un-rachat-de-plus',
    ]);
  });

  it('gives the same ids to the same input', () => {
    expect(buildArticle(capture, editing(), OPTIONS)).toEqual(buildArticle(capture, editing(), OPTIONS));
  });

  it('keeps a block’s id when other blocks change', () => {
    const before = buildArticle(capture, editing(), OPTIONS).blocks.map((block) => block.id);
    const after = buildArticle(`Une phrase ajoutée en tête.\n${capture}`, editing(), OPTIONS).blocks.map((block) => block.id);
    expect(after.slice(1)).toEqual(before);
  });

  it('numbers the second and later blocks with the same text', () => {
    expect(buildArticle('Oui.\nNon.\nOui.\nOui.', editing(), OPTIONS).blocks.map((block) => block.id)).toEqual(['p-oui', 'p-non', 'p-oui-2', 'p-oui-3']);
  });

  it('starts a heading id with a letter when the heading starts with a number', () => {
    const article = buildArticle('1. Une IA ouverte\nLe texte suit.', editing({ structure: { headings: ['1. Une IA ouverte'] } }), OPTIONS);
    expect(article.blocks.map((block) => block.id)).toEqual(['s-1-une-ia-ouverte', 'p-le-texte-suit']);
  });

  it('falls back to a generic id when a text has no letters or digits', () => {
    const article = buildArticle('🚀\n« … »', editing({ structure: { headings: ['🚀'] } }), OPTIONS);
    expect(article.blocks.map((block) => block.id)).toEqual(['section', 'p-passage']);
  });

  it('gives every block a different id, even when a numbered duplicate meets a text ending in a number', () => {
    const ids = buildArticle('Oui.\n\nOui.\n\nOui 2.', editing(), OPTIONS).blocks.map((block) => block.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('buildArticle: errors', () => {
  const capture = 'Partager cet article\nLe conseil a rejeté l’offre.\nPartager\nFin de l’article.';

  it('says a quote is missing and shows the closest passage', () => {
    expect(() => buildArticle(capture, editing({ removed: [{ kind: 'share', quote: 'Partagez cet article' }] }), OPTIONS))
      .toThrowErrorMatchingInlineSnapshot(`[DossierError: content/sources/x.mdx: removed[0].quote "Partagez cet article" is not in x.txt. Closest passage: "Partager cet article". The quote has "Partagez" where the capture has "Partager". Hint: copy the text exactly from the capture (apostrophes ’ and ' differ; spacing does not matter).]`);
  });

  it('tells the typographic apostrophe from the ASCII one in the hint', () => {
    expect(() => buildArticle(capture, editing({ removed: [{ kind: 'other', quote: "Fin de l'article." }] }), OPTIONS))
      .toThrowErrorMatchingInlineSnapshot(`[DossierError: content/sources/x.mdx: removed[0].quote "Fin de l'article." is not in x.txt. Closest passage: "Fin de l’article.". After "Fin de", the quote has "l'article." where the capture has "l’article.". Hint: copy the text exactly from the capture (apostrophes ’ and ' differ; spacing does not matter).]`);
  });

  it('says a quote is ambiguous and how to pick one', () => {
    expect(() => buildArticle(capture, editing({ removed: [{ kind: 'share', quote: 'Partager' }] }), OPTIONS))
      .toThrowErrorMatchingInlineSnapshot(`[DossierError: content/sources/x.mdx: removed[0].quote "Partager" is in x.txt 2 times: (1) "[Partager] cet article Le conseil a…" (2) "…Le conseil a rejeté l’offre. [Partager] Fin de". Hint: quote a longer passage, or add prefix: or suffix: with the words right before or after the one you mean.]`);
  });

  it('says a quote is there but not with the prefix or suffix given', () => {
    expect(() => buildArticle(capture, editing({ removed: [{ kind: 'share', quote: 'Partager', suffix: 'Commentaires' }] }), OPTIONS))
      .toThrowErrorMatchingInlineSnapshot(`[DossierError: content/sources/x.mdx: removed[0].quote "Partager" is in x.txt, but not with the prefix/suffix given. Hint: copy prefix and suffix exactly from the text right before and after the passage.]`);
  });

  it('says which removed parts overlap', () => {
    expect(() =>
      buildArticle(
        capture,
        editing({ removed: [{ kind: 'other', from: 'Le conseil', to: 'Partager' }, { kind: 'share', quote: 'rejeté l’offre' }] }),
        OPTIONS,
      ),
    ).toThrowErrorMatchingInlineSnapshot(`[DossierError: content/sources/x.mdx: removed[1] overlaps removed[0]. Hint: make each removed part end before the next one starts.]`);
  });

  it('says the end of a range is not after its start', () => {
    expect(() => buildArticle(capture, editing({ removed: [{ kind: 'other', from: 'Le conseil', to: 'Partager cet article' }] }), OPTIONS))
      .toThrowErrorMatchingInlineSnapshot(`[DossierError: content/sources/x.mdx: removed[0].to "Partager cet article" is not in x.txt after removed[0].from. Hint: copy the last words of the part exactly, or write toEnd: true.]`);
  });

  it('says a heading is not inside one line of article text', () => {
    expect(() =>
      buildArticle(
        capture,
        editing({ removed: [{ kind: 'share', quote: 'Partager cet article' }], structure: { headings: ['Partager cet article'] } }),
        OPTIONS,
      ),
    ).toThrowErrorMatchingInlineSnapshot(`[DossierError: content/sources/x.mdx: structure.headings[0] "Partager cet article" is not inside one line of article text (it is in a removed part, or spans lines). Hint: quote a passage of a single line that is not removed.]`);
  });

  it('reports every problem of the file in one error', () => {
    let error: unknown;
    try {
      buildArticle(
        capture,
        editing({
          removed: [
            { kind: 'share', quote: 'Partagez cet article' },
            { kind: 'share', quote: 'Partager' },
            { kind: 'other', from: 'Fin', to: 'Début' },
          ],
          structure: { headings: ['Un titre absent'], breaks: ['Une coupure absente'] },
        }),
        OPTIONS,
      );
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DossierError);
    const { file, problems, message } = error as DossierError;
    expect(file).toBe('content/sources/x.mdx');
    expect(problems.map((problem) => problem.split(' ')[0])).toEqual([
      'removed[0].quote',
      'removed[1].quote',
      'removed[2].to',
      'structure.breaks[0]',
      'structure.headings[0]',
    ]);
    expect(message.split('\n')).toHaveLength(5);
    expect(message.split('\n').every((line) => line.startsWith('content/sources/x.mdx: '))).toBe(true);
  });

  it('shortens a long quote in a message, keeping its start and end', () => {
    const quote = `Début ${'mot '.repeat(40)}fin`;
    expect(errorOf(() => buildArticle(capture, editing({ removed: [{ kind: 'other', quote }] }), OPTIONS))).toMatchInlineSnapshot(`"content/sources/x.mdx: removed[0].quote "Début mot mot mot mot mot mot mot mot mot mo… mot mot mot mot mot mot mot mot mot mot fin" is not in x.txt. Hint: copy the text exactly from the capture (apostrophes ’ and ' differ; spacing does not matter)."`);
  });

  it('reports every removed part that overlaps another, not only the first', () => {
    const problems = errorOf(() =>
      buildArticle(
        'A B C D E F G H',
        editing({
          removed: [
            { kind: 'other', from: 'A', to: 'H' },
            { kind: 'other', quote: 'C' },
            { kind: 'other', quote: 'F' },
          ],
        }),
        OPTIONS,
      ),
    );
    expect(problems).toContain('removed[1] overlaps removed[0]');
    expect(problems).toContain('removed[2] overlaps removed[0]');
  });

  it('suggests only a fix a structure hint can take when it is ambiguous', () => {
    const message = errorOf(() =>
      buildArticle('Conclusion\nUn paragraphe plus long que le titre.\nConclusion\nUn autre paragraphe, plus long.', editing({ structure: { headings: ['Conclusion'] } }), OPTIONS),
    );
    expect(message).toContain('structure.headings[0] "Conclusion" is in x.txt 2 times');
    expect(message).not.toMatch(/prefix|suffix/u);
  });
});
