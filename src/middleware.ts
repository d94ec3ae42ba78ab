import { defineMiddleware } from 'astro:middleware';
import { typesetHtml } from './lib/typeset-html.ts';

/**
 * Every HTML page gets French spacing in all its text (the templates', the
 * editors' and the sources' alike), as it is built. Other responses (the open
 * data, the feed) keep the text as written.
 */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const headers = new Headers(response.headers);
  // The body grows (a non-breaking space is two or three bytes): a length set for the original would cut it.
  headers.delete('content-length');
  return new Response(typesetHtml(await response.text()), { status: response.status, statusText: response.statusText, headers });
});
