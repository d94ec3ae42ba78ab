/**
 * Writes a synthetic dossier of `count` captures for the scale benchmark:
 * each capture is sentences of the seed articles, shuffled, with a title line,
 * a dateline and a share line to remove; each has its companion .mdx; the
 * timeline cites every capture once (one event per three captures).
 *
 * The seed sentences come from a built site's open data (`/data/sources/<id>.json`,
 * the cleaned article text), so no capture junk leaks into the synthetic articles.
 */
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** A deterministic generator (mulberry32), so every run builds the same texts. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: readonly T[], next: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** The sentences of the seed articles: each paragraph of the open data split after . ! ? … when a capital follows. */
export async function seedSentences(site: string): Promise<string[]> {
  const dir = join(site, 'data/sources');
  const sentences = new Set<string>();
  for (const name of (await readdir(dir)).filter((file) => file.endsWith('.json')).sort()) {
    const { text } = JSON.parse(await readFile(join(dir, name), 'utf8')) as { text: string };
    for (const paragraph of text.split('\n\n')) {
      for (const sentence of paragraph.split(/(?<=[.!?…])\s+(?=[«A-ZÀ-ÖØ-Þ])/u)) {
        // Long enough to stand once in a capture; short headings are left out.
        if (sentence.length >= 40 && /[.!?…»]$/u.test(sentence)) sentences.add(sentence.replace(/\s+/gu, ' ').trim());
      }
    }
  }
  return [...sentences];
}

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const quote = (text: string) => JSON.stringify(text);

export interface GeneratedCapture {
  id: string;
  paragraphs: string[][];
  title: string;
}

/**
 * Writes the dossier into `dir` (emptied first) and returns its captures, so
 * a baseline can be built from the same texts.
 */
export async function generateDossier(dir: string, count: number, sentences: readonly string[], entitiesYaml: string): Promise<GeneratedCapture[]> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(join(dir, 'sources'), { recursive: true });
  const next = random(count);
  const captures: GeneratedCapture[] = [];
  for (let i = 0; i < count; i++) {
    const id = `capture-${String(i + 1).padStart(5, '0')}`;
    const picked = shuffle(sentences, next).slice(0, 24 + Math.floor(next() * 16));
    const paragraphs: string[][] = [];
    for (let at = 0; at < picked.length; ) {
      const size = 2 + Math.floor(next() * 3);
      paragraphs.push(picked.slice(at, at + size));
      at += size;
    }
    const day = new Date(Date.UTC(2025, 0, 1) + Math.floor((i * 365) / count) * 86_400_000);
    const date = day.toISOString().slice(0, 10);
    const dateline = `Publié le ${day.getUTCDate()} ${MONTHS[day.getUTCMonth()]} ${day.getUTCFullYear()}`;
    const title = `Capture synthétique ${i + 1} : ${paragraphs[0]![0]!.split(' ').slice(0, 8).join(' ')}`;
    const text = [title, dateline, ...paragraphs.map((sentencesOf) => sentencesOf.join(' ')), 'Partager cet article', ''].join('\n');
    await writeFile(join(dir, 'sources', `${id}.txt`), text);
    const mdx = [
      '---',
      `capture: ${id}.txt`,
      `title: ${quote(title)}`,
      'titleBasis: stated',
      `outlet: ${quote(`Média synthétique ${(i % 12) + 1}`)}`,
      'author: null',
      'url: null',
      'published:',
      `  date: "${date}"`,
      '  precision: day',
      '  basis: stated',
      'language: fr',
      'removed:',
      '  - kind: title',
      `    quote: ${quote(title)}`,
      '  - kind: dateline',
      `    quote: ${quote(dateline)}`,
      '  - kind: share',
      '    quote: "Partager cet article"',
      '---',
      `Résumé de la rédaction pour la capture synthétique ${i + 1} : ${paragraphs.length} paragraphes tirés des articles du dossier, dans le désordre.`,
      '',
    ].join('\n');
    await writeFile(join(dir, 'sources', `${id}.mdx`), mdx);
    captures.push({ id, paragraphs, title });
  }

  /** A sentence of a capture that stands exactly once in it. */
  const citable = (capture: GeneratedCapture, nth: number) => {
    const all = capture.paragraphs.flat();
    const text = capture.paragraphs.map((sentencesOf) => sentencesOf.join(' ')).join('\n');
    return all.slice(nth).find((sentence) => text.indexOf(sentence) === text.lastIndexOf(sentence)) ?? all[0]!;
  };
  const events: string[] = [];
  for (let i = 0; i < count; i += 3) {
    const cited = captures.slice(i, i + 3);
    const date = (await readFile(join(dir, 'sources', `${cited[0]!.id}.mdx`), 'utf8')).match(/date: "([^"]+)"/u)![1]!;
    events.push(
      [
        `- id: evenement-${String(i / 3 + 1).padStart(5, '0')}`,
        `  date: "${date}"`,
        `  title: ${quote(`Événement synthétique ${i / 3 + 1}`)}`,
        `  summary: ${quote(`Un événement qui cite ${cited.length} captures synthétiques.`)}`,
        '  citations:',
        ...cited.flatMap((capture) => [`    - source: ${capture.id}`, `      quote: ${quote(citable(capture, 1))}`]),
      ].join('\n'),
    );
  }
  await writeFile(join(dir, 'timeline.yaml'), `${events.join('\n')}\n`);
  const lede = captures.slice(0, 3).map((capture, i) =>
    [`  - text: ${quote(`Phrase de synthèse ${i + 1}.`)}`, '    citations:', `      - source: ${capture.id}`, `        quote: ${quote(citable(capture, 2))}`].join('\n'),
  );
  await writeFile(
    join(dir, 'dossier.yaml'),
    [`title: ${quote(`Dossier synthétique de ${count} captures`)}`, `description: ${quote('Un dossier généré pour mesurer le coût de la construction.')}`, 'lede:', ...lede, ''].join('\n'),
  );
  await writeFile(join(dir, 'entities.yaml'), entitiesYaml);
  await writeFile(join(dir, 'divergences.yaml'), '[]\n');
  return captures;
}
