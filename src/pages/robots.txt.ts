import type { APIRoute } from 'astro';
import { sitePath } from '../lib/site-path.ts';

/** robots.txt names the sitemap by absolute address, which depends on SITE_URL and SITE_BASE. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(sitePath('sitemap-index.xml'), site).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
