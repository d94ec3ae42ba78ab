import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test, timelinePlace } from './fixtures.ts';

interface SourceRecord {
  id: string;
  title: string;
  outlet: string;
  author: string | null;
  url: string | null;
  language: string;
  published: { date: string; precision: string; basis: string };
  sha256: string;
  wordCount: number;
  path: string;
}

test.describe('open data', () => {
  test('/data/sources.json lists the sources in order of publication with the SHA-256 of each capture', async ({ request }) => {
    const sources = (await (await request.get('/data/sources.json')).json()) as SourceRecord[];
    expect(sources).toHaveLength(5);
    for (const source of sources) {
      expect(Object.keys(source)).toEqual(expect.arrayContaining(['id', 'title', 'outlet', 'author', 'url', 'language', 'published', 'sha256', 'wordCount', 'path']));
      const bytes = readFileSync(`content/sources/${source.id}.txt`);
      expect(source.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
      expect((await request.get(source.path)).status()).toBe(200);
    }
    const dates = sources.map((source) => source.published.date.padEnd(10, '-00-00'));
    expect(dates).toEqual([...dates].sort());
  });

  test('/data/sources/<id>.json holds the cleaned text and the removed parts in capture order', async ({ request }) => {
    const source = await (await request.get('/data/sources/sciencepost-consortium-musk-openai.json')).json();
    expect(source.text.split('\n\n')[0]).toBe('Un groupe d’investisseurs mené par Elon Musk a récemment fait une offre de 97,4 milliards de dollars pour prendre le contrôle d’OpenAI. Cette annonce marque un tournant majeur dans l’industrie de l’intelligence artificielle et met en lumière les tensions croissantes entre Musk et le directeur général d’OpenAI, Sam Altman. Décryptons les enjeux de cette proposition et ses implications pour l’avenir de l’IA.');
    expect(source.text).toContain('\n\nOpenAI : une ascension fulgurante\n\n');
    expect(source.removed.map((part: { kind: string }) => part.kind)).toEqual(['image-credit', 'image-credit', 'title', 'image-credit', 'image-credit', 'byline']);
    const capture = readFileSync('content/sources/sciencepost-consortium-musk-openai.txt', 'utf8');
    const positions = source.removed.map((part: { text: string }) => capture.indexOf(part.text));
    expect(positions).toEqual([...positions].sort((a: number, b: number) => a - b));
  });

  test('/data/timeline.json gives the events in chronological order with their citations', async ({ request }) => {
    const events = await (await request.get('/data/timeline.json')).json();
    const starts = events.map(timelinePlace);
    expect(starts).toEqual([...starts].sort());
    for (const event of events) {
      expect(event.citations.length).toBeGreaterThan(0);
      for (const citation of event.citations) {
        const capture = readFileSync(`content/sources/${citation.source}.txt`, 'utf8').replace(/\s+/gu, ' ');
        expect(capture).toContain(citation.quote.replace(/\s+/gu, ' '));
      }
    }
  });
});
