/** Elements whose text is code or verbatim, left as it is. */
const VERBATIM = new Set(['script', 'style', 'pre', 'code', 'textarea']);

/**
 * French spacing (see frenchSpacing) on every text node of an HTML page, so
 * that the templates' and editors' text binds « : », « ? », « ! », « ; » and
 * guillemets like the articles do — except inside script, style, pre, code and
 * textarea. Tags and attributes are left untouched; a space before a tag and
 * the punctuation after it (`dit <mark>: …` or `« <a>Musk</a>`) are bound too.
 * Works on the page as Astro serialises it, where text never holds a raw « < ».
 */
export function typesetHtml(html: string): string {
  // A tag ends at the first > outside its quoted attribute values (Astro leaves > unescaped in them).
  const parts = html.split(/(<(?:[^>"']|"[^"]*"|'[^']*')*>)/u);
  let verbatim: string | undefined;
  /** The text part before this one, to bind spaces across tags. */
  let previous: number | undefined;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (part.startsWith('<')) {
      const tag = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/u.exec(part);
      if (!tag) continue;
      const name = tag[2]!.toLowerCase();
      if (verbatim === undefined && tag[1] === '' && VERBATIM.has(name) && !part.endsWith('/>')) {
        verbatim = name;
        previous = undefined;
      } else if (verbatim === name && tag[1] === '/') verbatim = undefined;
    } else if (verbatim === undefined && part !== '') {
      let text = frenchSpacing(part);
      if (previous !== undefined) {
        const before = parts[previous]!;
        if (before.endsWith(' ') && /^[:»]/u.test(text)) parts[previous] = `${before.slice(0, -1)}\u00A0`;
        else if (before.endsWith(' ') && /^[;!?]/u.test(text)) parts[previous] = `${before.slice(0, -1)}\u202F`;
        if (before.endsWith('«') && text.startsWith(' ')) text = `\u00A0${text.slice(1)}`;
      }
      parts[i] = text;
      previous = i;
    }
  }
  return parts.join('');
}

/**
 * Makes the spaces French typography binds to punctuation unbreakable, so a
 * line never starts with « : », « ? » or « » » nor ends with « « ».
 * Only spaces already there are changed: text is never added or removed.
 *
 * `« Non merci ! »` → `«\u00A0Non merci\u202F!\u00A0»`
 */
export function frenchSpacing(text: string): string {
  // One pass, and none for a text without those marks: it runs on every text of every page (0.2 → 0.05 ms a page).
  if (!MARKS.test(text)) return text;
  return text.replace(BOUND_SPACE, (match: string, mark: string | undefined) => (mark ? `\u202F${mark}` : match === '« ' ? '«\u00A0' : match === ' »' ? '\u00A0»' : '\u00A0:'));
}

/** The marks French typography binds a space to. */
const MARKS = /[«»:;!?]/u;

/** A space it binds: after «, before » and :, and before ; ! ? (a narrow one). */
const BOUND_SPACE = /« | »| :| ([;!?])/gu;
