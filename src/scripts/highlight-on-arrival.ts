import { HIGHLIGHT_PARAM } from './highlight-param.ts';

/**
 * On a page opened from a search result, highlights the searched words with
 * Pagefind's own highlighter, loaded only then.
 */
export async function highlightOnArrival(base: string): Promise<void> {
  if (!new URL(location.href).searchParams.has(HIGHLIGHT_PARAM)) return;
  const url = `${base}pagefind/pagefind-highlight.js`;
  const { default: PagefindHighlight } = (await import(/* @vite-ignore */ url)) as {
    default: new (options: Record<string, unknown>) => unknown;
  };
  // addStyles: false — global.css styles the marks, and the CSP allows no inline <style>.
  new PagefindHighlight({ highlightParam: HIGHLIGHT_PARAM, markContext: 'main', addStyles: false });
}
