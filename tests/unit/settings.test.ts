import { describe, expect, it } from 'vitest';
import { contentDir, PREVIEW_ORIGIN, siteBase, siteUrl } from '../../src/settings.ts';

describe('settings from the environment', () => {
  it('reads an empty DOSSIER_CONTENT as unset, as ingest and the build both do', () => {
    expect(contentDir({ DOSSIER_CONTENT: '' })).toBe('content');
    expect(contentDir({ DOSSIER_CONTENT: '  ' })).toBe('content');
    expect(contentDir({})).toBe('content');
    expect(contentDir({ DOSSIER_CONTENT: '/abs/dossier' })).toBe('/abs/dossier');
  });

  it('gives the base path with one slash at each end', () => {
    expect(siteBase({})).toBe('/');
    expect(siteBase({ SITE_BASE: '' })).toBe('/');
    expect(siteBase({ SITE_BASE: 'dossier' })).toBe('/dossier/');
    expect(siteBase({ SITE_BASE: '//dossier//' })).toBe('/dossier/');
    expect(siteBase({ SITE_BASE: '/a/b' })).toBe('/a/b/');
  });

  it('refuses a build to deploy without SITE_URL, naming the fix', () => {
    expect(() => siteUrl({}, true)).toThrow(/SITE_URL is not set.*Hint: SITE_URL=https:\/\/your\.host npm run build.*npm start/u);
  });

  it('lets a preview build, the dev server and the checks use the local origin', () => {
    expect(siteUrl({ SITE_PREVIEW: '1' }, true)).toBe(PREVIEW_ORIGIN);
    expect(siteUrl({}, false)).toBe(PREVIEW_ORIGIN);
  });

  it('takes the origin of SITE_URL and refuses a path, a query or another scheme', () => {
    expect(siteUrl({ SITE_URL: 'https://example.org' }, true)).toBe('https://example.org');
    expect(siteUrl({ SITE_URL: 'https://example.org/' }, true)).toBe('https://example.org');
    expect(() => siteUrl({ SITE_URL: 'https://example.org/dossier' }, true)).toThrow(
      'SITE_URL is "https://example.org/dossier": it must be an http(s) origin alone. Hint: SITE_URL=https://example.org and SITE_BASE=/dossier/ (the sub-path goes in SITE_BASE)',
    );
    expect(() => siteUrl({ SITE_URL: 'ftp://example.org' }, true)).toThrow(/http\(s\) origin alone\. Hint: SITE_URL=https:\/\/dossier\.example\.org$/u);
    expect(() => siteUrl({ SITE_URL: 'example.org' }, true)).toThrow('SITE_URL is "example.org", which is not an address.');
    expect(() => siteUrl({ SITE_URL: 'https://example.org/?x=1' }, true)).toThrow(/origin alone/u);
  });
});
