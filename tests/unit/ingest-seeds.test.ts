import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inferSource } from '../../src/lib/ingest/infer-source.ts';
import { loadSeed, SOURCES } from './helpers.ts';

/**
 * The five real captures, ingested from scratch in memory (content/sources
 * is only read): the article must come out as their hand-written companions
 * make it, and the metadata the editors read off the capture (basis
 * `stated`) must be the same.
 */
const ids = readdirSync(SOURCES)
  .filter((name: string) => name.endsWith('.mdx'))
  .map((name: string) => name.slice(0, -'.mdx'.length))
  .sort();

describe.each(ids)('ingesting the seed %s from scratch', (id) => {
  const seed = loadSeed(id);
  const inferred = inferSource(seed.decoded.text, { today: new Date('2025-06-01T00:00:00Z') });

  it('gives the article blocks its hand-written companion gives', () => {
    expect(inferred.article.blocks.map((block) => block.text)).toEqual(seed.article.blocks.map((block) => block.text));
  });

  it('removes no article text and keeps no removed text', () => {
    const removed = inferred.article.removed.map((part) => part.text).join('\n');
    for (const block of seed.article.blocks) expect(removed).not.toContain(block.text);
  });

  it.runIf(seed.data.titleBasis === 'stated')('reads the title the capture states', () => {
    expect(inferred.data).toMatchObject({ title: seed.data.title, titleBasis: 'stated' });
  });

  it.runIf(seed.data.published.basis === 'stated')('reads the publication date the capture states', () => {
    const { date, precision, basis } = seed.data.published;
    expect(inferred.data.published).toEqual({ date, precision, basis });
  });

  it('finds the outlet, author, address and language the editors wrote', () => {
    const { outlet, author, url, language } = seed.data;
    expect({ outlet: inferred.data.outlet, author: inferred.data.author, url: inferred.data.url, language: inferred.data.language }).toEqual({ outlet, author, url, language });
  });
});
