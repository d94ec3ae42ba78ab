import type { APIRequestContext, Page } from '@playwright/test';

/** The public origin the build wrote into absolute links (canonical, sitemap, feed): see astro.config.mjs. */
export const PUBLIC_ORIGIN = new URL(process.env.SITE_URL ?? 'http://localhost:4321').origin;

/** A reference found in a page: which attribute of which element pointed where. */
export interface Reference {
  from: string;
  tag: string;
  attribute: string;
  value: string;
  rel: string;
}

export interface CrawlResult {
  /** Every address of the site fetched, with its HTTP status. */
  statuses: Map<string, number>;
  /** The ids (and names) of each HTML page, by address without fragment. */
  ids: Map<string, Set<string>>;
  /** Every reference found in the HTML pages, internal or not. */
  references: Reference[];
  /** What is wrong: a missing page or asset, a dangling #fragment, a link outside the base. */
  problems: string[];
}

/** Reads the references and ids of an HTML document with the browser's own parser. */
async function readHtml(page: Page, html: string) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'text/html');
    const references: { tag: string; attribute: string; value: string; rel: string }[] = [];
    for (const element of doc.querySelectorAll('[href], [src], [action], [srcset], [poster], [data]')) {
      for (const attribute of ['href', 'src', 'action', 'poster', 'data']) {
        const value = element.getAttribute(attribute);
        if (value !== null) references.push({ tag: element.localName, attribute, value, rel: element.getAttribute('rel') ?? '' });
      }
      for (const candidate of (element.getAttribute('srcset') ?? '').split(',').filter((part) => part.trim())) {
        references.push({ tag: element.localName, attribute: 'srcset', value: candidate.trim().split(/\s+/u)[0]!, rel: '' });
      }
    }
    const ids = [...doc.querySelectorAll('[id]')].map((element) => element.id);
    const names = [...doc.querySelectorAll('a[name]')].map((element) => element.getAttribute('name')!);
    return { references, ids: [...ids, ...names] };
  }, html);
}

/** Addresses inside a JSON document: every string value that is a path of the site. */
function jsonPaths(value: unknown, base: string): string[] {
  if (typeof value === 'string') return value.startsWith(base) && !value.startsWith('//') ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((item) => jsonPaths(item, base));
  if (value && typeof value === 'object') return Object.values(value).flatMap((item) => jsonPaths(item, base));
  return [];
}

/**
 * Follows every reference of the built site from `start`: pages, styles,
 * scripts, icons, feeds, the sitemap's and the open data's addresses, and
 * checks each answers 200 and each #fragment names an element of its page.
 * Absolute links to the public origin (canonical, og:url, sitemap) are
 * checked on the served copy. Every internal address must lie under `base`.
 */
export async function crawlSite(page: Page, request: APIRequestContext, origin: string, base: string, start: string[]): Promise<CrawlResult> {
  const result: CrawlResult = { statuses: new Map(), ids: new Map(), references: [], problems: [] };
  const fragments: { from: string; target: string; fragment: string }[] = [];
  const queue: { url: string; from: string }[] = start.map((path) => ({ url: new URL(path, origin).href, from: '(start)' }));
  const seen = new Set<string>();

  /** The served address a reference stands for, or undefined when it leaves the site. */
  const internal = (value: string, from: string): URL | undefined => {
    const url = new URL(value, from);
    if (url.origin === PUBLIC_ORIGIN && PUBLIC_ORIGIN !== origin) return new URL(url.pathname + url.search + url.hash, origin);
    return url.origin === origin ? url : undefined;
  };
  const enqueue = (url: URL, from: string) => {
    if (!url.pathname.startsWith(base)) result.problems.push(`${from}: ${url.pathname} is outside the base ${base}`);
    if (url.hash.length > 1) fragments.push({ from, target: url.origin + url.pathname, fragment: decodeURIComponent(url.hash.slice(1)) });
    url.hash = '';
    if (!seen.has(url.href)) {
      seen.add(url.href);
      queue.push({ url: url.href, from });
    }
  };

  for (let item = queue.shift(); item; item = queue.shift()) {
    const { url, from } = item;
    const response = await request.get(url, { maxRedirects: 0 });
    result.statuses.set(url, response.status());
    if (response.status() !== 200) {
      result.problems.push(`${from} → ${url}: HTTP ${response.status()}`);
      continue;
    }
    const type = response.headers()['content-type'] ?? '';
    const path = new URL(url).pathname;
    if (type.startsWith('text/html')) {
      const { references, ids } = await readHtml(page, await response.text());
      result.ids.set(url, new Set(ids));
      for (const reference of references) {
        result.references.push({ from: url, ...reference });
        if (/^(mailto|tel):/iu.test(reference.value)) continue;
        if (/^(javascript|data|vbscript):/iu.test(reference.value.trim())) {
          if (reference.tag === 'a' || reference.tag === 'form' || reference.tag === 'area') result.problems.push(`${url}: <${reference.tag} ${reference.attribute}="${reference.value}">`);
          continue;
        }
        const target = internal(reference.value, url);
        if (target) enqueue(target, url);
      }
    } else if (type.startsWith('application/json')) {
      for (const value of jsonPaths(await response.json(), base)) enqueue(new URL(value, origin), url);
    } else if (path.endsWith('.xml')) {
      for (const [, loc] of (await response.text()).matchAll(/<(?:loc|link)>([^<]+)<\/(?:loc|link)>/gu)) {
        const target = internal(loc!, url);
        if (target) enqueue(target, url);
        else result.problems.push(`${url}: ${loc} is not an address of this site`);
      }
    } else if (type.startsWith('text/css')) {
      for (const [, value] of (await response.text()).matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/gu)) {
        if (value!.startsWith('data:')) continue;
        const target = internal(value!, url);
        if (target) enqueue(target, url);
      }
    }
  }

  for (const { from, target, fragment } of fragments) {
    const ids = result.ids.get(target);
    if (ids && !ids.has(fragment)) result.problems.push(`${from} → ${target}#${fragment}: no element has this id`);
  }
  return result;
}
