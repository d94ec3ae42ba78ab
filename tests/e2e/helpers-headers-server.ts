import type { Server } from 'node:http';
import { serveSite } from '../../scripts/serve.ts';

export { headersFor, parseHeadersFile, type HeaderRule } from '../../scripts/serve.ts';

/**
 * Serves a built site at the root the way Netlify or Cloudflare Pages would
 * with its `_headers` file, so the tests see the policy a browser gets there:
 * the preview server of `npm run serve`, in the test's process.
 */
export function serveWithHeaders(dir: string, port: number): Promise<Server> {
  return serveSite({ dir, port });
}
