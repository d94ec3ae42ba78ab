import { expect, expectLandsOn, test, timelinePlace } from './fixtures.ts';

test.describe('the home page', () => {
  test('shows the events of the story in chronological order', async ({ page, request }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('L’offre d’Elon Musk pour racheter OpenAI');
    const events = page.locator('li.event');
    expect(await events.count()).toBeGreaterThanOrEqual(12);
    // The page shows the events in the order of /data/timeline.json, and that order is
    // chronological: by the first day each event can have happened, except the events the
    // sources date only within years, which open the year of their last possible day.
    const timeline = (await (await request.get('/data/timeline.json')).json()) as { id: string; date: string; notBefore?: string; notAfter?: string }[];
    const ids = await events.evaluateAll((nodes) => nodes.map((node) => node.id));
    expect(ids).toEqual(timeline.map((event) => event.id));
    const starts = timeline.map(timelinePlace);
    expect(starts).toEqual([...starts].sort());
    const bid = ids.indexOf('offre-de-rachat');
    expect(bid).toBeGreaterThan(ids.indexOf('fondation-openai'));
    expect(ids.slice(bid + 1).every((id) => starts[ids.indexOf(id)]! >= '2025-02-10')).toBe(true);
    await expect(events.first().locator('.event-title')).toContainText('Fondation');
    await expect(page.locator("li.event#rejet-par-le-conseil .event-title")).toContainText(/rejette/iu);
  });

  test('groups the events by year from 2015 to 2025', async ({ page }) => {
    await page.goto('/');
    const years = await page.locator('.year-title').allTextContents();
    expect(years[0]).toBe('2015');
    expect(years.at(-1)).toBe('2025');
    // In order, each once; the events the sources date only within years under a heading that says so.
    const lastYears = years.map((heading) => Number(/\d{4}$/u.exec(heading)![0]));
    expect(lastYears).toEqual([...lastYears].sort());
    expect(new Set(years).size).toBe(years.length);
    for (const heading of years) expect(heading).toMatch(/^(\d{4}|Dates? incertaines?, au plus tard (le \d+ \S+|en) \d{4})$/u);
  });

  test('shows each event with its date at the precision the sources support', async ({ page }) => {
    await page.goto('/');
    const bid = page.locator('li.event', { hasText: '97,4 milliards' }).filter({ has: page.locator('time[datetime="2025-02-10"]') }).first();
    await expect(bid.locator('.event-date')).toContainText('lundi 10 février 2025');
    await expect(page.locator('li.event').first().locator('.event-date')).toHaveText('2015');
  });

  test('keeps same-date events in the order of the story, a reply after what it answers', async ({ page }) => {
    const order = (ids: string[]) => {
      expect(ids.indexOf('reponse-altman-non-merci')).toBeGreaterThanOrEqual(0);
      expect(ids.indexOf('reponse-altman-non-merci')).toBeLessThan(ids.indexOf('musk-escroc'));
    };
    await page.goto('/');
    const ids = await page.locator('li.event').evaluateAll((nodes) => nodes.map((node) => node.id));
    order(ids);
    // Between 10 and 17 February, Musk's statement comes before the interview that comes later in the story.
    expect(ids.indexOf('declaration-musk')).toBeLessThan(ids.indexOf('altman-bloomberg-tv'));
    const linked = (links: string[]) => links.map((href) => href.split('#')[1]!);
    await page.goto('/couverture/');
    order(linked(await page.locator('table.coverage tbody th[scope="row"] a').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href')!))));
    await page.goto('/sources/thefrenchbot-musk-rachat-openai/');
    const section = page.getByRole('region', { name: 'Dans la chronologie' });
    order(linked(await section.getByRole('link').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href')!))));
  });

  test('writes a date narrowed by its bounds in one phrase, two consecutive days as « 10 ou 11 février 2025 »', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('li.event#annonce-stargate .event-date')).toHaveText('entre 2015 et le 10 février 2025');
    // Neither under 2015 nor under 2025: under a heading that says the sources do not date it.
    await expect(page.locator('section.year', { has: page.locator('#annonce-stargate') }).locator('h3')).toHaveText(/^Dates? incertaines?, au plus tard/u);
    await expect(page.locator('li.event#musk-escroc .event-date')).toHaveText('10 ou 11 février 2025');
    await expect(page.locator('li.event#rejet-par-le-conseil .event-date')).toHaveText('entre le 10 et le 17 février 2025');
    // Bounds that reach past the year of the date replace it: « 2019 » alone would say more than the source.
    await expect(page.locator('li.event#lettre-moratoire-ia .event-date')).toHaveText('entre 2019 et le 10 février 2025');
    for (const line of await page.locator('li.event .event-date').allTextContents()) expect(line).not.toMatch(/\S\(/u);
    // Other pages say the same, bounds included: never a bare « 2025 » that says more than the sources.
    await page.goto('/couverture/');
    const row = page.locator('tbody tr').filter({ has: page.locator('a[href$="#rejet-par-le-conseil"]') });
    await expect(row.locator('.coverage-date')).toHaveText('entre le 10 et le 17 février 2025');
  });

  test('says how many sources report each event, with a visible link to each one’s passage', async ({ page }) => {
    await page.goto('/');
    for (const event of await page.locator('li.event').all()) {
      const coverage = event.locator('.event-coverage');
      const [, count] = /^Rapporté par (\d) sources? sur 5\s:\s/u.exec((await coverage.textContent()) ?? '') ?? [];
      expect(count, await coverage.textContent() ?? '').toBeDefined();
      // One visible link per reporting source (to its first passage), without opening the quoted passages.
      const links = coverage.locator('a.cite');
      await expect(links).toHaveCount(Number(count));
      for (const link of await links.all()) await expect(link).toBeVisible();
      const sources = new Set((await links.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href')!.split('#')[0]))));
      expect(sources.size).toBe(Number(count));
      // Every passage stays in the disclosure, with no guillemets doubled by <q> around the source's own.
      const passages = event.locator('details.citations li');
      expect(await passages.count()).toBeGreaterThanOrEqual(Number(count));
      for (const passage of await passages.locator('q').all()) {
        // What the reader sees: the marks <q> adds (none when its quotes are off), around the passage.
        const shown = await passage.evaluate((node) => {
          const [open, close] = getComputedStyle(node).quotes === 'none' ? ['', ''] : ['«', '»'];
          return `${open}${node.textContent}${close}`;
        });
        expect(shown, shown).not.toMatch(/^«\s*«|»\s*»$/u);
      }
    }
  });

  test('opens a lede of 3 to 6 sentences, each followed by its citations', async ({ page }) => {
    await page.goto('/');
    const sentences = page.locator('.lede-sentence');
    const count = await sentences.count();
    expect(count).toBeGreaterThanOrEqual(3);
    expect(count).toBeLessThanOrEqual(6);
    for (let i = 0; i < count; i++) {
      const next = sentences.nth(i).locator('xpath=following-sibling::span[1]');
      expect(await next.locator('a.cite').count()).toBeGreaterThan(0);
    }
  });

  test('marks editorial text as written by the editors', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('region', { name: /Synthèse/ })).toContainText('texte de la rédaction');
  });
});

test.describe('citations', () => {
  test('every citation link lands on a paragraph that contains the cited quote', async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto('/');
    const citations = await page.locator('.citations li').evaluateAll((items) =>
      items.map((item) => ({ href: item.querySelector('a')!.getAttribute('href')!, quote: item.querySelector('q')!.textContent! })),
    );
    expect(citations.length).toBeGreaterThan(20);
    for (const { href, quote } of citations) await expectLandsOn(page, href, quote);
  });

  test('a clicked citation highlights its paragraph without JavaScript', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, ...(baseURL ? { baseURL } : {}) });
    const page = await context.newPage();
    await page.goto('/');
    const event = page.locator('li.event', { hasText: 'Marc Toberoff' }).first();
    await event.locator('summary').click();
    await event.locator('.citations a').first().click();
    const target = page.locator('.capture-text :target');
    await expect(target).toBeVisible();
    // The paragraph can be there before the stylesheet is: compare once the page has loaded.
    await page.waitForLoadState('load');
    const background = await target.evaluate((node) => getComputedStyle(node).backgroundColor);
    const normal = await page.locator('.capture-text p:not(:target)').first().evaluate((node) => getComputedStyle(node).backgroundColor);
    expect(background).not.toBe(normal);
    await context.close();
  });
});

test('a search result for an event gives its date as the timeline does, not the first year it can be', async ({ page }) => {
  await page.goto('/');
  const onTimeline = (await page.locator('li.event#annonce-stargate .event-date').textContent())!.replace(/\s+/gu, ' ').trim();
  expect(onTimeline).toContain('entre 2015 et le 10 février 2025');
  await page.goto('/recherche/?q=Stargate');
  const result = page.locator('li.search-result', { has: page.locator('.search-result-title a', { hasText: 'Annonce du projet Stargate' }) });
  await expect(result.locator('.search-result-tag')).toHaveText(/^Date\s: entre 2015 et le 10 février 2025$/u);
});

test('the timeline opens with one link per year, in its order, each landing on its year with its count of events', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Années de la chronologie' });
  const links = nav.getByRole('link');
  const years = page.locator('section.year');
  await expect(links).toHaveCount(await years.count());
  const hrefs = await links.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href')));
  const ids = await years.locator('.year-title').evaluateAll((nodes) => nodes.map((node) => `#${node.id}`));
  expect(hrefs).toEqual(ids);
  const last = links.last();
  const count = Number(/\((\d+)\)/u.exec((await last.textContent())!)![1]);
  expect(count).toBe(await years.last().locator('li.event').count());
  await last.click();
  await expect(years.last().locator('.year-title')).toBeInViewport();
});
