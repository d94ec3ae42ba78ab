import { describe, expect, it } from 'vitest';
import { citationHref } from '../../src/lib/citation-href.ts';
import type { ResolvedCitation } from '../../src/lib/resolve-citation.ts';
import { sitePath } from '../../src/lib/site-path.ts';

const citation = (quote: string): ResolvedCitation => ({ source: 'sciencepost-consortium-musk-openai', quote, block: 'p-lundi-10-fevrier-2025-l', start: 0, end: quote.length });

// citationHref once added a `:~:text=` fragment (with "-", "," and "&"
// encoded); it was dropped in src/ because Chromium then moved `:target` away
// from the paragraph. These tests follow the id-only link.
describe('citationHref', () => {
  it('links to the paragraph that holds the quote, by its id', () => {
    expect(citationHref(citation('Lundi 10 février 2025'), '/')).toBe('/sources/sciencepost-consortium-musk-openai/#p-lundi-10-fevrier-2025-l');
  });

  it('adds no text fragment, whatever the quote', () => {
    for (const quote of ['open-source, R&D', 'un deux trois quatre cinq six sept huit neuf', '« Non merci »']) {
      expect(citationHref(citation(quote), '/')).not.toContain(':~:');
    }
  });

  it('puts the deployment base in front', () => {
    expect(citationHref(citation('Escroc'), '/dossier/')).toBe('/dossier/sources/sciencepost-consortium-musk-openai/#p-lundi-10-fevrier-2025-l');
    expect(citationHref(citation('Escroc'), '/dossier')).toBe('/dossier/sources/sciencepost-consortium-musk-openai/#p-lundi-10-fevrier-2025-l');
  });

  it('uses the site’s base when none is given', () => {
    expect(citationHref(citation('Escroc'))).toBe(`${import.meta.env.BASE_URL.replace(/\/?$/u, '/')}sources/sciencepost-consortium-musk-openai/#p-lundi-10-fevrier-2025-l`);
  });
});

describe('sitePath', () => {
  it('puts the base in front of a path, with exactly one slash between them', () => {
    expect(sitePath('sources/x/', '/dossier/')).toBe('/dossier/sources/x/');
    expect(sitePath('sources/x/', '/dossier')).toBe('/dossier/sources/x/');
    expect(sitePath('/sources/x/', '/dossier/')).toBe('/dossier/sources/x/');
    expect(sitePath('//data/timeline.json', '/')).toBe('/data/timeline.json');
  });

  it('gives the root of the site for an empty path', () => {
    expect(sitePath('', '/')).toBe('/');
    expect(sitePath('', '/dossier')).toBe('/dossier/');
  });
});
