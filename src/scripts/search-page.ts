import { HIGHLIGHT_PARAM } from './highlight-param.ts';

/**
 * The index stores ’ as ' (Pagefind does not split words on ’, so « avocat »
 * would not find « l’avocat »): put the French apostrophe back in what is shown.
 */
export function restoreApostrophes(html: string): string {
  return html.replace(/(\p{L})'(?=\p{L})/gu, '$1’');
}

/** How many results are shown at first, and added by « Plus de résultats » (as Pagefind's default UI did). */
const PAGE_SIZE = 5;

/** A result's data, as `pagefind.js` returns it. */
interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results?: { url: string; title: string; excerpt: string; locations: number[] }[];
}

/** The events of Pagefind's Modular UI instance used here. */
interface SearchInstance {
  add(component: unknown): void;
  on(event: 'search', callback: (term: string) => void): void;
  on(event: 'loading', callback: () => void): void;
  on(event: 'results', callback: (results: { results: unknown[] }) => void): void;
  triggerSearch(term: string): void;
}

interface FilterPills {
  wrapper: HTMLElement | null;
  pillInner(value: string, count: number): string;
}

/** Pagefind's Modular UI (1.5.2), as `pagefind-modular-ui.js` defines it on `window`. */
interface PagefindModularUI {
  Instance: new (options: Record<string, unknown>) => SearchInstance;
  Input: new (options: { inputElement: string; debounceTimeoutMs?: number }) => unknown;
  ResultList: new (options: { containerElement: string; resultTemplate(result: ResultData): Element; placeholderTemplate(): Element }) => unknown;
  FilterPills: new (options: { containerElement: string; filter: string; ordering?: string[] }) => FilterPills;
}

declare global {
  interface Window {
    PagefindModularUI?: PagefindModularUI;
  }
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

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  node.append(...children);
  return node;
}

function link(href: string, title: string): HTMLAnchorElement {
  const anchor = element('a', 'search-result-link', restoreApostrophes(title));
  anchor.href = href;
  return anchor;
}

/** Pagefind's excerpts are HTML (escaped text and <mark>). */
function excerpt(html: string): HTMLParagraphElement {
  const paragraph = element('p', 'search-result-excerpt');
  paragraph.innerHTML = restoreApostrophes(html);
  return paragraph;
}

/** Meta that is the result itself, not a tag under it. */
const NOT_TAGS = new Set(['title', 'image', 'image_alt', 'url']);

/**
 * One result, drawn as Pagefind's default UI drew it: the page, its excerpt when
 * the words are in its first section, then up to three sections that hold them
 * (« ⤷ » headings, the ones with the most hits), then its meta as tags.
 */
export function resultTemplate(data: ResultData): HTMLLIElement {
  const url = data.meta.url || data.url;
  const item = element('li', 'search-result', element('p', 'search-result-title', link(url, data.meta.title ?? url)));
  const subResults = data.sub_results ?? [];
  const rootFirst = subResults[0]?.url === url;
  if (rootFirst || subResults.length === 0) item.append(excerpt(data.excerpt));
  let sections = rootFirst ? subResults.slice(1) : subResults;
  if (sections.length > 3) {
    const top = new Set([...sections].sort((a, b) => b.locations.length - a.locations.length).slice(0, 3));
    sections = sections.filter((section) => top.has(section));
  }
  for (const section of sections) {
    item.append(element('div', 'search-result-nested', element('p', 'search-result-title', link(section.url, section.title)), excerpt(section.excerpt)));
  }
  const tags = Object.entries(data.meta).filter(([key]) => !NOT_TAGS.has(key));
  if (tags.length > 0) {
    // « Date : … »: French puts a non-breaking space before the colon.
    const tag = ([key, value]: [string, string]) => element('li', 'search-result-tag', `${key.charAt(0).toLocaleUpperCase('fr')}${key.slice(1)}\u00A0: ${restoreApostrophes(value)}`);
    item.append(element('ul', 'search-result-tags', ...tags.map(tag)));
  }
  return item;
}

/** A result whose data is still loading: kept out of sight by the stylesheet, with those after it. */
function placeholderTemplate(): HTMLLIElement {
  const item = element('li', 'search-result');
  item.dataset.searchLoading = '';
  return item;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/gu, (char) => `&#${char.charCodeAt(0)};`);
}

/** A filter's pills, in French: its name shown above them, « Tous » for « All ». */
function filterPills(ui: PagefindModularUI, instance: SearchInstance, containerElement: string, filter: string, label: string, ordering?: string[]): void {
  const pills = new ui.FilterPills({ containerElement, filter, ...(ordering ? { ordering } : {}) });
  pills.pillInner = (value, count) => `${value === 'All' ? 'Tous' : escapeHtml(restoreApostrophes(value))} <span class="search-filter-count">(${count})</span>`;
  const name = pills.wrapper?.querySelector('.pagefind-modular-filter-pills-label');
  name?.removeAttribute('data-pfmod-sr-hidden');
  if (name) name.textContent = label;
  instance.add(pills);
}

/** « 3 résultats pour « Musk » »: the Modular UI's Summary only speaks English. */
function summarize(instance: SearchInstance, summary: HTMLElement): void {
  let term = '';
  instance.on('search', (searched) => (term = searched));
  instance.on('loading', () => {
    summary.textContent = term ? `Recherche de «\u00A0${term}\u00A0»…` : '';
  });
  instance.on('results', ({ results }) => {
    const count = results.length;
    if (!term) summary.textContent = '';
    else if (count === 0) summary.textContent = `Aucun résultat pour «\u00A0${term}\u00A0»`;
    else summary.textContent = `${count} résultat${count > 1 ? 's' : ''} pour «\u00A0${term}\u00A0»`;
  });
}

/**
 * Shows the results five at a time. ResultList draws a placeholder for every
 * result (thousands, for a word of every page) and loads each as it comes into
 * view; those past the shown ones are `hidden`, so they load only once
 * « Plus de résultats » shows them.
 */
function paginate(instance: SearchInstance, list: HTMLElement, more: HTMLButtonElement): void {
  let shown = PAGE_SIZE;
  const show = () => {
    const items = [...list.children] as HTMLElement[];
    items.forEach((item, index) => (item.hidden = index >= shown));
    more.hidden = items.length <= shown;
  };
  instance.on('loading', () => (more.hidden = true));
  instance.on('results', () => {
    shown = PAGE_SIZE;
    show();
  });
  more.addEventListener('click', () => {
    shown += PAGE_SIZE;
    show();
  });
}

/** Loads Pagefind's Modular UI into the search page, with the query of the URL if any. */
export async function startSearch(): Promise<void> {
  const container = document.querySelector<HTMLElement>('[data-search]');
  const field = container?.querySelector<HTMLElement>('[data-search-field]');
  const summary = container?.querySelector<HTMLElement>('[data-search-summary]');
  const list = container?.querySelector<HTMLElement>('#search-results');
  const more = container?.querySelector<HTMLButtonElement>('[data-search-more]');
  if (!container || !field || !summary || !list || !more) return;
  const base = container.dataset.base ?? '/';
  // The notice is plain HTML (not <noscript>) so it also shows when scripts are
  // blocked rather than switched off; the script that can search removes it.
  container.querySelector('[data-no-js-notice]')?.remove();
  field.hidden = false;
  const query = new URL(location.href).searchParams.get('q');
  try {
    await loadScript(`${base}pagefind/pagefind-modular-ui.js`);
  } catch {
    field.hidden = true;
    container.insertAdjacentHTML('beforeend', '<p class="notice">L’index de recherche est introuvable. Lancez <code>npm run build</code> pour le créer.</p>');
    return;
  }
  const ui = window.PagefindModularUI!;
  // The options besides bundlePath go to pagefind.js: result links under the
  // site's base, carrying the searched words for the page to highlight.
  const instance = new ui.Instance({ bundlePath: `${base}pagefind/`, baseUrl: base, highlightParam: HIGHLIGHT_PARAM });
  instance.add(new ui.Input({ inputElement: '#search-input' }));
  summarize(instance, summary);
  filterPills(ui, instance, '#search-filter-type', 'type', 'Type', ['source', 'événement']);
  filterPills(ui, instance, '#search-filter-media', 'média', 'Média');
  instance.add(new ui.ResultList({ containerElement: '#search-results', resultTemplate, placeholderTemplate }));
  // After ResultList: its placeholders are in the list when this runs.
  paginate(instance, list, more);
  // The instance loads Pagefind and its filters before it searches, so the
  // results come with their filters (nothing appears above them afterwards).
  if (query) instance.triggerSearch(query);
}
