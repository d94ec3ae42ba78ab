import { HIGHLIGHT_PARAM } from './highlight-param.ts';

/** Pagefind's default UI, as its script defines it on `window`. */
interface PagefindUIConstructor {
  new (options: Record<string, unknown>): { triggerSearch(term: string): void };
}

declare global {
  interface Window {
    PagefindUI?: PagefindUIConstructor;
  }
}


/**
 * The index stores ’ as ' (Pagefind does not split words on ’, so « avocat »
 * would not find « l’avocat »): put the French apostrophe back in what is shown.
 */
export function restoreApostrophes(html: string): string {
  return html.replace(/(\p{L})'(?=\p{L})/gu, '$1’');
}

interface ResultData {
  excerpt: string;
  meta: Record<string, string>;
  sub_results?: { excerpt: string; title: string }[];
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

/** The part of `pagefind.js` used here: the same module Pagefind's UI imports. */
interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/**
 * Has Pagefind load its filters before the first search. A search run while
 * they are still loading comes back without them, and the filter panel then
 * appears above the results already shown, pushing them down (layout shift).
 * Pagefind's UI imports this same module (same URL), so it finds them loaded.
 */
async function loadFilters(base: string): Promise<void> {
  const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindModule;
  await pagefind.options({ baseUrl: base, highlightParam: HIGHLIGHT_PARAM });
  await pagefind.filters();
}

/** Loads Pagefind's UI into the search page, with the query of the URL if any. */
export async function startSearch(): Promise<void> {
  const container = document.querySelector<HTMLElement>('[data-search]');
  if (!container) return;
  const base = container.dataset.base ?? '/';
  // The notice is plain HTML (not <noscript>) so it also shows when scripts are
  // blocked rather than switched off; the script that can search removes it.
  container.querySelector('[data-no-js-notice]')?.remove();
  const query = new URL(location.href).searchParams.get('q');
  // Without a query nothing is searched until the visitor types, and the UI loads
  // the index then. If the filters fail to load, the search still runs (and says why).
  const filtersLoaded = query ? loadFilters(base).catch(() => undefined) : undefined;
  try {
    await loadScript(`${base}pagefind/pagefind-ui.js`);
  } catch {
    container.insertAdjacentHTML('beforeend', '<p class="notice">L’index de recherche est introuvable. Lancez <code>npm run build</code> pour le créer.</p>');
    return;
  }
  const ui = new window.PagefindUI!({
    element: container,
    baseUrl: base,
    bundlePath: `${base}pagefind/`,
    showSubResults: true,
    showImages: false,
    resetStyles: false,
    highlightParam: HIGHLIGHT_PARAM,
    openFilters: ['type', 'média'],
    processResult(result: ResultData) {
      result.excerpt = restoreApostrophes(result.excerpt);
      for (const key of Object.keys(result.meta)) result.meta[key] = restoreApostrophes(result.meta[key]!);
      // Pagefind's UI writes a tag as `${key}: ${value}`: a key ending in a non-breaking
      // space makes it « Date : … », as French wants.
      if (result.meta.date !== undefined) {
        result.meta['date\u00A0'] = result.meta.date;
        delete result.meta.date;
      }
      for (const sub of result.sub_results ?? []) {
        sub.excerpt = restoreApostrophes(sub.excerpt);
        sub.title = restoreApostrophes(sub.title);
      }
      return result;
    },
    translations: { placeholder: 'Rechercher dans le dossier', zero_results: 'Aucun résultat pour [SEARCH_TERM]' },
  });
  // Pagefind UI names its input by a title only: give it a real accessible name.
  container.querySelector('.pagefind-ui__search-input')?.setAttribute('aria-label', 'Rechercher dans le dossier');
  if (query) {
    await filtersLoaded;
    ui.triggerSearch(query);
  }
}
