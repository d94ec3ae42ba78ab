import { expect, expectLandsOn, test } from './fixtures.ts';

test.describe('divergences', () => {
  test('the year Musk left shows both positions with their quotes, each landing on its paragraph', async ({ page }) => {
    await page.goto('/divergences/');
    const divergence = page.locator('section.divergence#annee-depart-musk');
    const positions = divergence.locator('section.position');
    await expect(positions).toHaveCount(2);
    await expect(positions.nth(0).locator('h3')).toContainText('2018');
    await expect(positions.nth(1).locator('h3')).toContainText('2019');
    await expect(positions.nth(1)).toContainText('avant de la quitter en 2019');
    const passages = await divergence.locator('blockquote.cited-passage').evaluateAll((nodes) =>
      nodes.map((node) => ({ href: node.querySelector('footer a')!.getAttribute('href')!, quote: node.querySelector('p')!.textContent! })),
    );
    expect(passages.length).toBeGreaterThanOrEqual(4);
    for (const { href, quote } of passages) await expectLandsOn(page, href, quote.replace(/^«\s*|\s*»$/gu, ''));
  });

  test('the timeline marks the events that carry a divergence and links to it', async ({ page }) => {
    await page.goto('/');
    const link = page.locator('li.event#depart-musk-openai .event-divergence a');
    await expect(link).toContainText('Les sources divergent');
    await link.click();
    await expect(page).toHaveURL(/\/divergences\/#annee-depart-musk$/u);
    await expect(page.locator('section.divergence:target')).toHaveCount(1);
  });

  test('a quote of a source’s title lands on the page’s title', async ({ page }) => {
    await page.goto('/divergences/#montant-de-l-offre');
    const headline = page.locator('#montant-de-l-offre blockquote').filter({ has: page.locator('p', { hasText: 'propose 97 milliards' }) });
    await headline.locator('footer a').click();
    await expect(page.locator('h1:target')).toContainText('97 milliards de dollars');
  });
});

test.describe('who said what', () => {
  test('groups Altman’s reply in at least three versions and shows their word differences', async ({ page }) => {
    await page.goto('/citations/');
    const statement = page.locator('article.statement', { hasText: 'Non merci' }).first();
    const versions = statement.locator('ol.variants > li');
    expect(await versions.count()).toBeGreaterThanOrEqual(3);
    const diffs = statement.locator('.word-diff');
    expect(await diffs.count()).toBeGreaterThanOrEqual(2);
    await expect(statement.locator('.word-diff ins', { hasText: 'X' }).first()).toBeVisible();
    await expect(statement.locator('.word-diff ins', { hasText: 'rachèterons' })).toBeVisible();
  });

  test('names insertions and deletions to screen readers once, and marks them by a line, not by colour alone', async ({ page }) => {
    await page.goto('/citations/');
    const deletion = page.locator('.word-diff del').first();
    const insertion = page.locator('.word-diff ins').first();
    await expect(deletion.locator('.visually-hidden').first()).toHaveText('[retiré : ');
    await expect(insertion.locator('.visually-hidden').first()).toHaveText('[ajouté : ');
    expect(await deletion.evaluate((node) => getComputedStyle(node).textDecorationLine)).toContain('line-through');
    expect(await insertion.evaluate((node) => getComputedStyle(node).textDecorationLine)).toContain('underline');
    // The visually hidden label is the one wording: no generated brackets for the eye that screen readers would read too.
    const generated = await page.locator('.word-diff del, .word-diff ins').evaluateAll((nodes) =>
      nodes.flatMap((node) => ['::before', '::after'].map((pseudo) => getComputedStyle(node, pseudo).content)).filter((content) => content !== 'none' && content !== 'normal'),
    );
    expect(generated).toEqual([]);
  });

  test('keeps the spaces around a change outside its marks, and a word and its replacement apart on screen', async ({ page }) => {
    await page.goto('/citations/');
    const marks = await page.locator('.word-diff del, .word-diff ins').evaluateAll((nodes) =>
      nodes.map((node) => [...node.childNodes].filter((child) => child.nodeType === Node.TEXT_NODE).map((child) => child.nodeValue).join('')),
    );
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.filter((text) => /^\s|\s$/u.test(text))).toEqual([]);
    const heureuse = page.locator('article.statement#pas-une-personne-heureuse .word-diff');
    await expect(heureuse).toContainText('Je ne pense] pas [ajouté : qu’il soit] une personne heureuse');
    // « pouvons racheter » struck through, then « rachèterons »: no space in the text, a gap on screen.
    const replaced = page.locator('.word-diff ins', { hasText: 'rachèterons' });
    const gap = await replaced.evaluate((node) => node.getBoundingClientRect().left - node.previousElementSibling!.getBoundingClientRect().right);
    expect(gap).toBeGreaterThan(2);
  });

  test('flags a statement the sources attribute to different speakers', async ({ page }) => {
    await page.goto('/citations/');
    await expect(page.locator('article.statement', { hasText: 'Il est temps' })).toContainText('Attribution divergente');
  });

  test('flags « OpenAI n’est pas à vendre », which the sources give to Altman or to Bret Taylor, and links it to that divergence', async ({ page }) => {
    await page.goto('/citations/');
    const statement = page.locator('article.statement#n-est-pas-a-vendre');
    await expect(statement.locator('.statement-meta').first()).toContainText(
      'Attribution divergente : Sam Altman (Le Courrier des Stratèges) ou Bret Taylor (Digimedia).',
    );
    await expect(statement.locator('ol.variants > li')).toHaveCount(3);
    await expect(statement.locator('ol.variants > li').nth(2)).toContainText('Digimedia (attribuée à Bret Taylor)');
    await expect(page.locator('article.statement', { hasText: 'Digimedia' })).toHaveCount(1);
    // Musk or Toberoff has no divergence of its own: no link.
    await expect(page.locator('article.statement', { hasText: 'Il est temps' }).locator('.statement-divergence')).toHaveCount(0);
    await statement.getByRole('link', { name: /Les sources divergent — Qui a dit « OpenAI n’est pas à vendre »/u }).click();
    await expect(page).toHaveURL(/\/divergences\/#auteur-pas-a-vendre$/u);
    await expect(page.locator('section.divergence:target')).toHaveCount(1);
  });

  test('does not bring different speakers together on a word that a longer quotation holds', async ({ page }) => {
    await page.goto('/citations/');
    await expect(page.locator('article.statement', { hasText: 'Attribution divergente' })).toHaveCount(2);
    for (const id of ['tyran', 'escroc', 'connard']) await expect(page.locator(`article.statement#${id} .statement-meta`)).not.toContainText('Attribution divergente');
  });

  test('keeps in the section of a speaker the words a source gives them, pointing to the statement they are grouped in', async ({ page }) => {
    await page.goto('/citations/');
    const taylor = page.locator('section.speaker-section', { has: page.getByRole('heading', { name: 'Bret Taylor' }) });
    await expect(taylor.locator('.statement-elsewhere')).toContainText('« OpenAI n\'est pas à vendre » (Digimedia) — attribution divergente');
    await taylor.getByRole('link', { name: 'voir la déclaration sous Sam Altman' }).click();
    await expect(page).toHaveURL(/#n-est-pas-a-vendre$/u);
    await expect(page.locator('article.statement:target')).toHaveCount(1);
  });

  test('shows « Escroc » reported by two sources, The French Bot’s reversed guillemet included', async ({ page }) => {
    await page.goto('/citations/');
    const statement = page.locator('article.statement#escroc');
    // « Escroc » and « Escroc. »: one wording, the full stop aside.
    await expect(statement.locator('.statement-meta')).toHaveText('Rapportée par 2 sources.');
    await expect(statement.locator('ol.variants > li')).toHaveCount(2);
    await expect(statement.locator('ol.variants > li').nth(1)).toContainText('même texte que la version de référence');
    await expect(statement.locator('.variant-source a', { hasText: 'The French Bot' })).toBeVisible();
  });

  test('says, wherever a passage is cited, when the title is the editors’', async ({ page }) => {
    await page.goto('/divergences/');
    const footers = page.locator('footer', { hasText: 'The French Bot' });
    expect(await footers.count()).toBeGreaterThan(0);
    for (const footer of await footers.all()) await expect(footer).toContainText('(titre de la rédaction)');
    await expect(page.locator('footer', { hasText: 'Digimedia' }).first()).not.toContainText('titre de la rédaction');
  });

  test('says a longer quotation contains the reference instead of diffing every added word', async ({ page }) => {
    await page.goto('/citations/');
    const statement = page.locator('article.statement#n-est-pas-a-vendre');
    const longer = statement.locator('ol.variants > li').nth(1);
    await expect(longer).toContainText('citation plus longue, qui contient la version de référence');
    await expect(longer.locator('ins, del')).toHaveCount(0);
    await expect(longer.locator('.variant-quote')).toContainText('Je pense qu’il tente de nous ralentir');
  });

  test('writes its counts with French plurals and lists a source’s repeated words once', async ({ page }) => {
    await page.goto('/citations/');
    await expect(page.locator('.section-intro')).toContainText('les mots ajoutés soulignés');
    const counts = await page.locator('.statement-meta').allTextContents();
    for (const text of counts) expect(text).not.toMatch(/\b1 (sources|versions)\b/u);
    const statement = page.locator('article.statement#pas-une-personne-heureuse');
    await expect(statement.locator('.statement-meta')).toHaveText('Rapportée par une source, en 2 versions.');
    await expect(statement.locator('ol.variants > li')).toHaveCount(2);
    await expect(statement.locator('.variant-repeats')).toContainText('citée 2 fois');
  });
});

test.describe('coverage', () => {
  test('has one row per event and one column per source, as a real table', async ({ page, request }) => {
    const events = await (await request.get('/data/timeline.json')).json();
    const sources = await (await request.get('/data/sources.json')).json();
    await page.goto('/couverture/');
    const table = page.getByRole('table', { name: /Événements de la chronologie rapportés par chaque source/u });
    await expect(table.locator('tbody tr')).toHaveCount(events.length);
    await expect(table.locator('thead th')).toHaveCount(sources.length + 2);
    await expect(table.locator('tbody th[scope="row"]').first()).toContainText(events[0].title);
    const first = table.locator('tbody tr').first();
    await expect(first.getByRole('link', { name: /^Oui/u }).first()).toBeVisible();
    // The links name their source in French: « du Courrier des Stratèges », never « de Le ».
    await expect(table.getByRole('link', { name: 'Oui : le passage du Courrier des Stratèges' }).first()).toBeVisible();
    await expect(table.getByRole('link', { name: /de Le /u })).toHaveCount(0);
  });

  test('is linked from the home page and readable on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('/');
    await page.getByRole('link', { name: /Qui rapporte quoi/u }).first().click();
    await expect(page).toHaveURL(/\/couverture\/$/u);
    // The URL changes before the page has loaded: measured then, the page was once 574 px wide (a busy machine).
    await page.waitForLoadState('load');
    const wrap = page.locator('.coverage-wrap');
    const { scrollWidth, clientWidth } = await wrap.evaluate((node) => ({ scrollWidth: node.scrollWidth, clientWidth: node.clientWidth }));
    expect(clientWidth).toBeLessThanOrEqual(375);
    expect(scrollWidth).toBeGreaterThanOrEqual(clientWidth);
    const bodyWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(bodyWidth).toBeLessThanOrEqual(375);
  });
});

test.describe('cross-checking data', () => {
  test('/data/divergences.json and /data/quotes.json hold the positions and the variants', async ({ request }) => {
    const divergences = await (await request.get('/data/divergences.json')).json();
    const year = divergences.find((d: { id: string }) => d.id === 'annee-depart-musk');
    expect(year.positions).toHaveLength(2);
    expect(year.positions[0].citations[0]).toEqual({ source: expect.any(String), quote: expect.any(String) });
    const quotes = await (await request.get('/data/quotes.json')).json();
    const reply = quotes.find((q: { variants: { quote: string }[] }) => q.variants.some((v) => v.quote.startsWith('Non merci')));
    expect(reply.speaker).toBe('sam-altman');
    expect(reply.variants.length).toBeGreaterThanOrEqual(3);
    // Each variant names the paragraph that holds it; a source's repeat names its other paragraphs.
    for (const variant of quotes.flatMap((q: { variants: { path: string }[] }) => q.variants)) expect(variant.path).toMatch(/^\/sources\/[a-z0-9-]+\/#[a-z][a-z0-9-]*$/u);
    const repeated = quotes.flatMap((q: { variants: { repeatedIn?: string[] }[] }) => q.variants).filter((v: { repeatedIn?: string[] }) => v.repeatedIn);
    expect(repeated.length).toBeGreaterThan(0);
    // One statement for the words two sources give to different speakers, each variant with its own speaker, and no variant twice.
    const forSale = quotes.filter((q: { variants: { quote: string }[] }) => q.variants.some((v) => /pas à vendre/u.test(v.quote)));
    expect(forSale).toHaveLength(1);
    expect(forSale[0].speaker).toBe('sam-altman');
    expect(forSale[0].attributedTo).toEqual(['sam-altman', 'bret-taylor']);
    // It names the divergence on who said it; a statement the sources agree on names none.
    expect(forSale[0].divergence).toBe('auteur-pas-a-vendre');
    expect(divergences.map((d: { id: string }) => d.id)).toContain('auteur-pas-a-vendre');
    expect(reply.divergence).toBeUndefined();
    expect(forSale[0].variants.map((v: { source: string; speaker: string }) => `${v.source}/${v.speaker}`)).toEqual([
      'courrier-strateges-musk-altman/sam-altman',
      'courrier-strateges-musk-altman/sam-altman',
      'digimedia-openai-rejette-offre/bret-taylor',
    ]);
    const paths = quotes.flatMap((q: { variants: { path: string; quote: string }[] }) => q.variants.map((v) => `${v.path} ${v.quote}`));
    expect(new Set(paths).size).toBe(paths.length);
  });
});
