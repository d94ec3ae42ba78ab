import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { expect, sourceText, squash, test } from './fixtures.ts';

/**
 * What each seed's page must show: the article's first and last sentence
 * (read off the captures by hand), and passages of the capture that are not
 * article text and must not appear in it.
 */
const SEEDS = [
  {
    id: 'letechobservateur-offre-musk-openai',
    first: 'L’univers de l’intelligence artificielle est en pleine effervescence.',
    last: 'Reste à savoir si le conseil d’administration d’OpenAI accueillera favorablement cette offre ou s’il choisira de poursuivre son chemin sous la direction de son actuel PDG.',
    absent: ['0 0 votes', 'Évaluation de l\'article', 'Afficher tous les commentaires', 'Fond Blanc 445x180', 'Toute l’actualité IT en direct de Dakar', 'Nous aimerions avoir votre avis', 'https://letechobservateur.sn/'],
  },
  {
    id: 'sciencepost-consortium-musk-openai',
    first: 'Un groupe d’investisseurs mené par Elon Musk a récemment fait une offre de 97,4 milliards de dollars pour prendre le contrôle d’OpenAI.',
    last: 'Reste à voir si le conseil d’administration d’OpenAI acceptera cette offre ou si une bataille pour le contrôle de l’entreprise s’engagera.',
    absent: ['Crédits : Sciencepost/généré par Grok', 'DAN ChatGPT', 'Crédits : Vitor Miranda', 'Rédigé par Vincent'],
  },
  {
    id: 'thefrenchbot-musk-rachat-openai',
    first: 'Depuis heures, une information secoue le monde de l’intelligence artificielle et de la tech :',
    last: 'Coup de génie ou coup de poker ?',
    absent: ['Dites-le-nous en commentaire', 'Appelez nous The French Bot', 'Prendre rendez-vous avec notre équipe', 'www.thefrenchbot.com', 'Article rédigé par les experts', 'Julian & L’équipe', 'Laisser un commentaire'],
  },
  {
    id: 'courrier-strateges-musk-altman',
    first: 'Après avoir été qualifié de « connard » par Xavier Niel, le patron de Free, cette fois, c’est son meilleur ennemi, Sam Altman, le PDG d’OpenAI, qui monte au créneau.',
    last: 'Cependant, étant donné la personnalité combative de Musk, il est probable que cette rivalité continue de faire des vagues dans le monde de l’IA.',
    absent: ['Partager cet article', 'S\'abonner au Courrier des Stratèges', 'You\'ve been subscribed!', 'Quelque chose s\'est mal passé', 'admirateurs de Poutine', 'LMB Aerospace', 'Éric Verhaeghe', 'Rédaction'],
  },
  {
    id: 'digimedia-openai-rejette-offre',
    first: 'Le conseil d\'administration d\'OpenAI a rejeté à l\'unanimité l\'offre d\'achat de l\'entreprise formulée par un groupe d\'investisseurs dirigé par Elon Musk, estimée à 97,4 milliards de dollars.',
    last: 'Reste à voir comment les acteurs du marché s\'adapteront à cette dynamique et quelles seront les conséquences à long terme sur l\'innovation et la réglementation du secteur.',
    absent: ['Home/International', '2025-02-17Comment', 'Newsletter', 'Rejoignez gratuitement la communauté Digimedia', 'Enter your Email address'],
  },
] as const;

test.describe('source pages', () => {
  for (const seed of SEEDS) {
    test(`${seed.id} shows exactly its article`, async ({ page }) => {
      await page.goto(`/sources/${seed.id}/`);
      const text = await sourceText(page.locator('.capture-text'));
      expect(text.startsWith(squash(seed.first)), `starts with: ${seed.first}`).toBe(true);
      expect(text.endsWith(squash(seed.last)), `ends with: ${seed.last}`).toBe(true);
      for (const passage of seed.absent) expect(text, `removed part shown: ${passage}`).not.toContain(squash(passage));
    });
  }

  test('keeps the removed parts one click away, in a closed disclosure', async ({ page }) => {
    await page.goto('/sources/courrier-strateges-musk-altman/');
    const removed = page.locator('details.removed');
    await expect(removed).not.toHaveAttribute('open');
    await expect(removed.locator('summary')).toHaveText(/Éléments retirés de la capture \(\d+\)/u);
    await removed.locator('summary').click();
    await expect(removed).toContainText('Pourquoi tant d\'admirateurs de Poutine');
    await expect(removed).toContainText('Articles sans rapport');
  });

  test('splits a capture glued on one line back into headings and paragraphs', async ({ page }) => {
    await page.goto('/sources/digimedia-openai-rejette-offre/');
    const headings = page.locator('.capture-text').getByRole('heading');
    await expect(headings).toContainText(['Un refus stratégique pour préserver l\'indépendance d\'OpenAI', 'Une rivalité croissante dans l\'IA']);
    expect(await page.locator('.capture-text p').count()).toBeGreaterThanOrEqual(8);
  });

  test('puts the article’s subheadings one level below « Texte de l’article »', async ({ page }) => {
    await page.goto('/sources/digimedia-openai-rejette-offre/');
    const text = page.getByRole('region', { name: /Texte de l’article/u });
    await expect(text.getByRole('heading', { level: 2 })).toHaveCount(1);
    await expect(text.getByRole('heading', { level: 3, name: /Une rivalité croissante dans l'IA/u })).toBeVisible();
    expect(await text.locator('.capture-text').getByRole('heading', { level: 3 }).count()).toBe(await text.locator('.capture-text').getByRole('heading').count());
  });

  test('shows the metadata header with the SHA-256 of the raw capture', async ({ page }) => {
    for (const seed of SEEDS) {
      const bytes = readFileSync(`content/sources/${seed.id}.txt`);
      const sha = createHash('sha256').update(bytes).digest('hex');
      await page.goto(`/sources/${seed.id}/`);
      await expect(page.locator('.source-meta')).toContainText(sha);
      await expect(page.locator('.source-meta')).toContainText('Média');
    }
  });

  test('calls an address that is only the outlet’s home page the outlet’s site, not the article’s', async ({ page }) => {
    await page.goto('/sources/letechobservateur-offre-musk-openai/');
    const meta = page.locator('dl.source-meta');
    await expect(meta.locator('dt', { hasText: 'Site du média' })).toBeVisible();
    await expect(meta).not.toContainText('Adresse d’origine');
    await page.goto('/sources/digimedia-openai-rejette-offre/');
    const address = page.locator('dl.source-meta div', { has: page.locator('dt', { hasText: 'Adresse d’origine' }) });
    await expect(address.locator('dd')).toHaveText('inconnue');
  });

  test('marks an inferred date and says why', async ({ page }) => {
    await page.goto('/sources/letechobservateur-offre-musk-openai/');
    const date = page.locator('.source-meta div', { hasText: 'Date' });
    await expect(date).toContainText('date déduite');
    // Why, one Enter or tap away: the header stays short on a phone, the article close to the top.
    const reason = date.locator('details.date-deduced .date-reason');
    await expect(reason).toBeHidden();
    await date.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(reason).toBeVisible();
    await expect(reason).toContainText('La capture');
    await page.goto('/sources/digimedia-openai-rejette-offre/');
    await expect(page.locator('.source-meta div', { hasText: 'Date' })).toContainText('lundi 17 février 2025 (indiquée dans la capture)');
  });

  test('lists the timeline events the source supports', async ({ page }) => {
    await page.goto('/sources/digimedia-openai-rejette-offre/');
    const section = page.getByRole('region', { name: 'Dans la chronologie' });
    const links = section.getByRole('link');
    expect(await links.count()).toBeGreaterThan(0);
    await links.last().click();
    await expect(page.locator('li.event:target')).toHaveCount(1);
  });

  test('gives each paragraph a stable id for deep links', async ({ page }) => {
    await page.goto('/sources/sciencepost-consortium-musk-openai/');
    const ids = await page.locator('.capture-text > :is(p, h3), .capture-text > ul > li').evaluateAll((nodes) => nodes.map((node) => node.id));
    expect(ids.every((id) => /^[a-z0-9-]+$/u.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    await page.goto(`/sources/sciencepost-consortium-musk-openai/#${ids[3]}`);
    await expect(page.locator(`#${ids[3]}`)).toBeInViewport();
  });
});

test.describe('the sources list', () => {
  test('lists the sources in order of publication with outlet, title, author, date and word count', async ({ page }) => {
    await page.goto('/sources/');
    const rows = page.locator('tbody tr');
    await expect(rows).toHaveCount(readdirSync('content/sources').filter((name) => name.endsWith('.mdx')).length);
    const dates = await rows.locator('time').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('datetime')!.padEnd(10, '-00-00')));
    expect(dates).toEqual([...dates].sort());
    const row = (outlet: string) => rows.filter({ has: page.getByRole('cell', { name: outlet, exact: true }) });
    await expect(row('Sciencepost')).toContainText('Vincent');
    await expect(row('Le Tech Observateur')).toContainText('date déduite');
    await expect(row('Digimedia')).not.toContainText('date déduite');
    // A title the capture lacks is the editors': said where the title is listed.
    await expect(row('The French Bot')).toContainText('titre de la rédaction');
    await expect(row('Digimedia')).not.toContainText('titre de la rédaction');
    // As shown: the « mots » after the number is for phones only.
    const words = await rows.locator('td.num').allInnerTexts();
    for (const count of words) expect(Number(count.replace(/\s/gu, ''))).toBeGreaterThan(100);
  });

  test('on a phone, shows each source as a card: the title across, the length in words, nothing off screen', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/sources/');
    const wrap = page.locator('.table-wrap');
    expect(await wrap.evaluate((node) => node.scrollWidth - node.clientWidth)).toBe(0);
    const row = page.locator('tbody tr').first();
    const rowBox = (await row.boundingBox())!;
    const titleBox = (await row.locator('th').boundingBox())!;
    expect(titleBox.width).toBeGreaterThan(rowBox.width * 0.9);
    expect(await row.locator('td.num').innerText()).toMatch(/^\d[\d\u202F\u00A0]*\u00A0mots$/u);
    // The header row is out of sight, not out of the table: cells keep their column names.
    await expect(page.locator('thead')).not.toBeInViewport();
    await expect(page.getByRole('columnheader', { name: 'Titre' })).toHaveCount(1);
  });

  test('shows why a date is deduced under it, to a tap or a key press, without widening a phone’s page', async ({ page, request }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/sources/');
    const sources = (await (await request.get('/data/sources.json')).json()) as { title: string; published: { basis: string; reason?: string } }[];
    const rows = page.locator('tbody tr');
    for (const source of sources) {
      const row = rows.filter({ has: page.getByRole('link', { name: source.title, exact: true }) });
      const disclosure = row.locator('details.date-deduced');
      if (source.published.basis !== 'inferred') {
        await expect(disclosure).toHaveCount(0);
        continue;
      }
      const summary = disclosure.locator('summary');
      await expect(summary).toBeVisible();
      await expect(summary).toHaveText('date déduite');
      await expect(row.locator('[title]')).toHaveCount(0);
      await summary.focus();
      await page.keyboard.press('Enter');
      await expect(disclosure.locator('.date-reason')).toBeVisible();
      await expect(disclosure.locator('.date-reason')).toHaveText(source.published.reason!.replace(/\s+/gu, ' ').trim());
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});

test('on a phone, the dossier’s sections are at the top of every page, and listed once at each width', async ({ page }) => {
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 740 });
    await page.goto('/sources/digimedia-openai-rejette-offre/');
    for (const name of ['Chronologie', 'Les sources', 'Divergences', 'Qui a dit quoi', 'Qui rapporte quoi', 'Index des noms']) {
      const links = page.getByRole('link', { name, exact: true });
      await expect(links, `${name} at ${width} px`).toHaveCount(1);
      const box = (await links.boundingBox())!;
      // Under the header on a phone, in the sidebar beside the text on a desktop: in the first screen either way.
      expect(box.y + box.height, `${name} at ${width} px`).toBeLessThanOrEqual(740);
      expect(box.height, `${name} at ${width} px`).toBeGreaterThanOrEqual(24);
    }
  }
  await page.goto('/divergences/');
  await expect(page.getByRole('link', { name: 'Divergences', exact: true })).toHaveAttribute('aria-current', 'page');
});
