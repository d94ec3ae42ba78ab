import type { ResolvedCitation } from './resolve-citation.ts';
import { sitePath } from './site-path.ts';

/**
 * The link from a citation to the paragraph that holds its quote. Only the
 * paragraph's id: every browser follows it and `:target` highlights it. (A
 * text fragment `:~:text=` was tried: Chromium then moves `:target` to
 * whatever encloses the matched text, sometimes the whole article.)
 *
 * → `/sources/x/#p-lundi-10-fevrier-2025-l`
 */
export function citationHref(citation: Readonly<Pick<ResolvedCitation, 'source' | 'block'>>, base?: string): string {
  return `${sitePath(`sources/${citation.source}/`, base)}#${citation.block}`;
}
