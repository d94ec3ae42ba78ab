/** The explicit bidi embeddings and overrides (LRE, RLE, LRO, RLO), closed by PDF. */
const EMBEDDING = /[\u202A\u202B\u202D\u202E]/u;
/** The bidi isolates (LRI, RLI, FSI), closed by PDI. */
const ISOLATE = /[\u2066-\u2068]/u;
const PDF = '\u202C';
const PDI = '\u2069';
/** Where the Unicode Bidirectional Algorithm ends a paragraph, and with it whatever is open. */
const PARAGRAPH_END = /[\n\r\u001C-\u001E\u0085\u2029]/u;
const ANY_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;

/**
 * The text without the bidi controls it leaves unpaired: an override,
 * embedding or isolate that nothing closes before the paragraph ends, a
 * closer that closes nothing, and an embedding a PDI closes for it. What
 * remains is paired, so its effect stops at the text's end: put in a
 * `<title>` before the site's name, a U+202E no longer reverses the name.
 *
 * `Titre\u202E inversé` → `Titre inversé`; `a\u202Eb\u202Cc` is left as it is.
 */
export function balanceBidi(text: string): string {
  if (!ANY_CONTROL.test(text)) return text;
  const unpaired = new Set<number>();
  let open: { at: number; isolate: boolean }[] = [];
  const closeAll = (entries: readonly { at: number }[]) => entries.forEach((entry) => unpaired.add(entry.at));
  for (let at = 0; at < text.length; at++) {
    const char = text[at]!;
    if (PARAGRAPH_END.test(char)) {
      closeAll(open);
      open = [];
    } else if (EMBEDDING.test(char)) open.push({ at, isolate: false });
    else if (ISOLATE.test(char)) open.push({ at, isolate: true });
    else if (char === PDF) {
      // A PDF closes the last embedding, never across an open isolate.
      if (open.at(-1)?.isolate === false) open.pop();
      else unpaired.add(at);
    } else if (char === PDI) {
      const isolate = open.findLastIndex((entry) => entry.isolate);
      if (isolate === -1) unpaired.add(at);
      else {
        closeAll(open.slice(isolate + 1));
        open = open.slice(0, isolate);
      }
    }
  }
  closeAll(open);
  let kept = '';
  for (let at = 0; at < text.length; at++) if (!unpaired.has(at)) kept += text[at];
  return kept;
}
