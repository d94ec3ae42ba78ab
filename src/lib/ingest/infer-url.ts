/** A line that is an address, or a label and an address: « Source : https://… ». */
const URL_LINE = /^(?:(?:url|source|lien|link|adresse|address|permalink|canonical)\s*:\s*)?(https?:\/\/[^\s<>"«»]+)$/iu;

/**
 * The article's address when the capture gives it: the first line that is an
 * http(s) address (alone, or after a label such as « Source : »). Addresses
 * inside sentences or promotional lines are links, not the article's address.
 *
 * `inferUrl('https://letechobservateur.sn/\nTitre')` → `'https://letechobservateur.sn/'`
 */
export function inferUrl(capture: string): string | null {
  for (const line of capture.split('\n')) {
    const match = URL_LINE.exec(line.trim());
    if (!match) continue;
    const address = match[1]!.replace(/[.,;:!?)\]]+$/u, '');
    try {
      const url = new URL(address);
      if (url.protocol === 'http:' || url.protocol === 'https:') return address;
    } catch {
      // Not an address after all: look further.
    }
  }
  return null;
}
