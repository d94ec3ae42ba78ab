import { fromFilterValue } from '../lib/filter-value.ts';
import { HIGHLIGHT_PARAM } from './highlight-param.ts';
import { highlightTerms, withHighlight } from './highlight-terms.ts';
import { restoreApostrophes } from './restore-apostrophes.ts';
import { wordsNotFound } from './words-not-found.ts';

/** How many results are shown at first, and added by « Plus de résultats » (as Pagefind's default UI did). */
const PAGE_SIZE = 5;

/** A result's data, as `pagefind.js` returns it. */
interface ResultData {
  url: string;
  excerpt: string;
  content: string;
  locations: number[];
  meta: Record<string, string>;
  sub_results?: { url: string; title: string; excerpt: string; locations: number[] }[];
}

/** A result as `pagefind.js` returns it, its data loaded on demand. */
interface SearchResult {
  data(): Promise<ResultData>;
}

/** `pagefind.js`, as far as it is used here besides the Modular UI. */
interface Pagefind {
  search(term: string): Promise<{ results: SearchResult[] }>;
}

/** The events of Pagefind's Modular UI instance used here. */
interface SearchInstance {
  add(component: unknown): void;
  on(event: 'search', callback: (term: string) => void): void;
  on(event: 'loading', callback: () => void): void;
  on(event: 'results', callback: (results: { results: SearchResult[] }) => void): void;
  triggerSearch(term: string): void;
}

interface FilterPills {
  wrapper: HTMLElement | null;
  /** The filter's values and counts, once Pagefind has sent them: `{}` until then in Pagefind 1.5.2. */
  available: unknown;
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

function link(href: string, title: string, highlight: readonly string[]): HTMLAnchorElement {
  const anchor = element('a', 'search-result-link', restoreApostrophes(title));
  anchor.href = withHighlight(href, highlight, HIGHLIGHT_PARAM);
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
 * (« ⤷ » headings, the ones with the most hits), then its meta as tags. Its
 * links carry `highlight`, the words for the page to highlight.
 */
export function resultTemplate(data: ResultData, highlight: readonly string[]): HTMLLIElement {
  const url = data.meta.url || data.url;
  const item = element('li', 'search-result', element('p', 'search-result-title', link(url, data.meta.title ?? url, highlight)));
  const subResults = data.sub_results ?? [];
  const rootFirst = subResults[0]?.url === url;
  if (rootFirst || subResults.length === 0) item.append(excerpt(data.excerpt));
  let sections = rootFirst ? subResults.slice(1) : subResults;
  if (sections.length > 3) {
    const top = new Set([...sections].sort((a, b) => b.locations.length - a.locations.length).slice(0, 3));
    sections = sections.filter((section) => top.has(section));
  }
  for (const section of sections) {
    item.append(element('div', 'search-result-nested', element('p', 'search-result-title', link(section.url, section.title, highlight)), excerpt(section.excerpt)));
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

/** How a filter reads on the page: its name, its « All » pill, its values (the indexed ones stay as they are). */
interface FilterWording {
  label: string;
  all: string;
  values?: Record<string, string>;
}

/** A filter's pills, in French: its name shown above them, its values as the page words them. */
function filterPills(ui: PagefindModularUI, instance: SearchInstance, containerElement: string, filter: string, wording: FilterWording, ordering?: string[]): void {
  const pills = new ui.FilterPills({ containerElement, filter, ...(ordering ? { ordering } : {}) });
  // Pagefind 1.5.2 starts it as {} and calls .map on it when results come in: results that arrive
  // before the filters (a search the page runs again on coming back to it) threw « this.available.map
  // is not a function » and left the list empty. An empty list of values draws no pill until the filters come.
  pills.available = [];
  pills.pillInner = (value, count) => {
    const name = value === 'All' ? wording.all : (wording.values?.[value] ?? restoreApostrophes(fromFilterValue(value)));
    return `${escapeHtml(name)} <span class="search-filter-count">(${count})</span>`;
  };
  const name = pills.wrapper?.querySelector('.pagefind-modular-filter-pills-label');
  name?.removeAttribute('data-pfmod-sr-hidden');
  if (name) name.textContent = wording.label;
  instance.add(pills);
}

/** The parts of the page that say what a search found. */
interface SearchReport {
  summary: HTMLElement;
  /** The heading and note over approximate results. */
  approximate: HTMLElement;
  approximateTitle: HTMLElement;
  approximateNote: HTMLElement;
  list: HTMLElement;
}

function quoted(text: string): string {
  return `«\u00A0${text}\u00A0»`;
}

/** « pas « a » », « ni « a » ni « b » »: the words the results do not contain. */
function notContaining(words: readonly string[]): string {
  return words.length === 1 ? `pas ${quoted(words[0]!)}` : words.map((word) => `ni ${quoted(word)}`).join(' ');
}

/**
 * « 3 résultats pour « Musk » » (the Modular UI's Summary only speaks English),
 * or, when Pagefind fell back to shorter words, that nothing matches exactly,
 * and the results under a heading of their own that says what they hold.
 */
function describe(report: SearchReport, term: string, count: number, missing: readonly string[]): void {
  const approximate = count > 0 && missing.length > 0;
  const plural = count > 1 ? 's' : '';
  report.approximate.hidden = !approximate;
  // The list is named for what it holds when it is not what was searched.
  if (approximate) report.list.setAttribute('aria-labelledby', report.approximateTitle.id);
  else report.list.removeAttribute('aria-labelledby');
  if (!term) report.summary.textContent = '';
  else if (count === 0) report.summary.textContent = `Aucun résultat pour ${quoted(term)}`;
  else if (!approximate) report.summary.textContent = `${count} résultat${plural} pour ${quoted(term)}`;
  else {
    report.summary.textContent = `Aucun résultat exact pour ${quoted(term)}. ${count} résultat${plural} approchant${plural} ci-dessous.`;
    const words = missing.length === 1 ? 'seulement un mot qui commence comme lui' : 'seulement des mots qui commencent comme eux';
    report.approximateNote.textContent = `${count > 1 ? 'Ils ne contiennent' : 'Il ne contient'} ${notContaining(missing)}, ${words}.`;
  }
}

/** The searched words no result contains (see words-not-found.ts); none if that cannot be told. */
async function missingWords(term: string, first: SearchResult, pagefind: () => Promise<Pagefind>): Promise<string[]> {
  try {
    const [data, engine] = await Promise.all([first.data(), pagefind()]);
    return await wordsNotFound(term, data, async (word) => (await engine.search(`"${word}"`)).results.length);
  } catch (error) {
    console.error('Search: could not check the words of the results.', error);
    return [];
  }
}

/**
 * Says what each search found. Whether its words are in the results is known
 * once the first result's data is in: until then the results stay out of
 * sight, so the heading over approximate ones is there before they show (and
 * nothing moves). It is known for the query, whatever the filters: choosing a
 * filter does not check it again.
 */
function reportSearches(instance: SearchInstance, report: SearchReport, pagefind: () => Promise<Pagefind>): void {
  let term = '';
  let checked = { term: '', missing: [] as string[] };
  let latest = 0;
  instance.on('search', (searched) => (term = searched));
  instance.on('loading', () => {
    report.summary.textContent = term ? `Recherche de ${quoted(term)}…` : '';
    if (term !== checked.term) report.approximate.hidden = true;
  });
  instance.on('results', ({ results }) => {
    const search = ++latest;
    const searched = term;
    if (!searched || results.length === 0 || searched === checked.term) {
      delete report.list.dataset.searchChecking;
      describe(report, searched, results.length, searched === checked.term ? checked.missing : []);
      return;
    }
    report.list.dataset.searchChecking = '';
    void missingWords(searched, results[0]!, pagefind).then((missing) => {
      checked = { term: searched, missing };
      if (search !== latest) return;
      delete report.list.dataset.searchChecking;
      describe(report, searched, results.length, missing);
    });
  });
}

/**
 * Moves focus to the link of the result at `index` once it is drawn. « Plus de
 * résultats » is out of sight while the results it shows load, and gone after
 * the last ones: focus would fall back to the page itself.
 */
function focusWhenDrawn(list: HTMLElement, index: number): MutationObserver {
  const observer = new MutationObserver(() => focus());
  const focus = () => {
    const item = list.children[index];
    const link = item?.hasAttribute('data-search-loading') ? null : item?.querySelector<HTMLElement>('.search-result-link');
    if (!link) return;
    observer.disconnect();
    link.focus();
  };
  observer.observe(list, { childList: true });
  focus();
  return observer;
}

/**
 * Shows the results five at a time. ResultList draws a placeholder for every
 * result (thousands, for a word of every page) and loads each as it comes into
 * view; those past the shown ones are `hidden`, so they load only once
 * « Plus de résultats » shows them. Focus then goes to the first of them.
 */
function paginate(instance: SearchInstance, list: HTMLElement, more: HTMLButtonElement): void {
  let shown = PAGE_SIZE;
  let focusing: MutationObserver | undefined;
  const show = () => {
    const items = [...list.children] as HTMLElement[];
    items.forEach((item, index) => (item.hidden = index >= shown));
    more.hidden = items.length <= shown;
  };
  instance.on('loading', () => {
    more.hidden = true;
    focusing?.disconnect();
  });
  instance.on('results', () => {
    shown = PAGE_SIZE;
    show();
  });
  more.addEventListener('click', () => {
    const first = shown;
    shown += PAGE_SIZE;
    show();
    focusing?.disconnect();
    focusing = focusWhenDrawn(list, first);
  });
}

/**
 * Keeps the query in the page's address (`?q=`, the page's own path kept, base
 * included), so that coming back to the page, from a result, finds the search again.
 */
function keepInAddress(term: string): void {
  const url = new URL(location.href);
  if (term) url.searchParams.set('q', term);
  else url.searchParams.delete('q');
  if (url.href !== location.href) history.replaceState(history.state, '', url);
}

/** Loads Pagefind's Modular UI into the search page, with the query of the URL if any. */
export async function startSearch(): Promise<void> {
  const container = document.querySelector<HTMLElement>('[data-search]');
  const field = container?.querySelector<HTMLElement>('[data-search-field]');
  const summary = container?.querySelector<HTMLElement>('[data-search-summary]');
  const approximate = container?.querySelector<HTMLElement>('[data-search-approximate]');
  const approximateTitle = approximate?.querySelector<HTMLElement>('h2[id]');
  const approximateNote = approximate?.querySelector<HTMLElement>('[data-search-approximate-note]');
  const list = container?.querySelector<HTMLElement>('#search-results');
  const more = container?.querySelector<HTMLButtonElement>('[data-search-more]');
  if (!container || !field || !summary || !approximate || !approximateTitle || !approximateNote || !list || !more) return;
  const base = container.dataset.base ?? '/';
  // The notice is plain HTML (not <noscript>) so it also shows when scripts are
  // blocked rather than switched off; the script that can search removes it.
  container.querySelector('[data-no-js-notice]')?.remove();
  field.hidden = false;
  const query = new URL(location.href).searchParams.get('q');
  try {
    await loadScript(`${base}pagefind/pagefind-modular-ui.js`);
    if (!window.PagefindModularUI) throw new Error('it defines no PagefindModularUI');
  } catch (error) {
    field.hidden = true;
    // Readers are told plainly; editors find the cause and the fix here.
    console.error(`Search: ${base}pagefind/pagefind-modular-ui.js could not be loaded (${String(error)}). Hint: \`npm run build\` writes the search index into dist/pagefind/; deploy dist/ whole.`);
    container.insertAdjacentHTML('beforeend', '<p class="notice">La recherche n’est pas disponible pour le moment.</p>');
    return;
  }
  const ui = window.PagefindModularUI;
  // The options besides bundlePath go to pagefind.js: result links under the
  // site's base. The words to highlight are added here (highlight-terms.ts):
  // Pagefind's own drop the punctuation inside words.
  // No penalty for length (`pageLength: 0`): a name or an event is a short record, and would
  // otherwise push every article that quotes the word out of the first five results.
  const instance = new ui.Instance({ bundlePath: `${base}pagefind/`, baseUrl: base, ranking: { pageLength: 0 } });
  // The same module as the instance's (one per URL): for the exact searches of words-not-found.ts.
  const engine = `${base}pagefind/pagefind.js`;
  const pagefind = () => import(/* @vite-ignore */ engine) as Promise<Pagefind>;
  let highlight: string[] = [];
  instance.on('search', (term) => {
    highlight = highlightTerms(term);
    keepInAddress(term);
  });
  instance.add(new ui.Input({ inputElement: '#search-input' }));
  reportSearches(instance, { summary, approximate, approximateTitle, approximateNote, list }, pagefind);
  filterPills(ui, instance, '#search-filter-type', 'type', { label: 'Type', all: 'Tout', values: { source: 'Sources', événement: 'Événements', nom: 'Noms', divergence: 'Divergences' } }, [
    'source',
    'événement',
    'nom',
    'divergence',
  ]);
  // An outlet's results: its own articles and the events that cite them.
  filterPills(ui, instance, '#search-filter-media', 'média', { label: 'Selon', all: 'Tous les médias' });
  instance.add(new ui.ResultList({ containerElement: '#search-results', resultTemplate: (data: ResultData) => resultTemplate(data, highlight), placeholderTemplate }));
  // After ResultList: its placeholders are in the list when this runs.
  paginate(instance, list, more);
  // The instance loads Pagefind and its filters before it searches, so the
  // results come with their filters (nothing appears above them afterwards).
  if (query) instance.triggerSearch(query);
}
