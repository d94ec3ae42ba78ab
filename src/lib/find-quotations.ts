import { leftmostLongest } from './leftmost-longest.ts';

export interface Quotation {
  start: number;
  end: number;
  /** The quotation with its quotation marks. */
  exact: string;
}

/** What may follow a closing mark: the end, a space or punctuation (not a word: that mark would open one). */
const AFTER_CLOSING = /^(?:$|[\s,.;:!?…)\]»”"])/u;

/**
 * The quotations of a text: « … », “ … ” and "…" (straight quotes paired in
 * order), marks included. An opening mark without its closing mark before the
 * next opening one is not a quotation, except for two typing slips captures
 * show, each read only where it cannot be anything else:
 *
 * - a « typed for », glued to the last word and followed by a space or
 *   punctuation, closes the open quotation (`« Stargate« , dotée…`);
 * - a » typed for « after a colon or at the start of a sentence, followed by a
 *   word, opens a quotation that the next » of the text closes
 *   (`Musk a répondu brièvement : » Escroc. »`).
 */
export function findQuotations(text: string): Quotation[] {
  const guillemets = pairGuillemets(text);
  const found = [...guillemets, ...reversedOpenings(text, guillemets)];
  let at = text.indexOf('“');
  while (at !== -1) {
    const end = text.indexOf('”', at + 1);
    const reopened = text.indexOf('“', at + 1);
    if (end === -1) break;
    if (reopened !== -1 && reopened < end) {
      at = reopened;
      continue;
    }
    found.push(quotation(text, at, end + 1));
    at = text.indexOf('“', end + 1);
  }
  const straight = [...text.matchAll(/"/gu)].map((match) => match.index);
  for (let i = 0; i + 1 < straight.length; i += 2) found.push(quotation(text, straight[i]!, straight[i + 1]! + 1));
  // A quotation inside another (“…” within « … ») stays part of the outer one.
  return leftmostLongest(found);
}

function quotation(text: string, start: number, end: number): Quotation {
  return { start, end, exact: text.slice(start, end) };
}

/** « … » pairs, and « … « where the second « can only be a slip for ». */
function pairGuillemets(text: string): Quotation[] {
  const found: Quotation[] = [];
  let at = text.indexOf('«');
  while (at !== -1) {
    const end = text.indexOf('»', at + 1);
    const reopened = text.indexOf('«', at + 1);
    if (reopened !== -1 && (end === -1 || reopened < end)) {
      if (closesWithOpeningMark(text, at, reopened)) {
        found.push(quotation(text, at, reopened + 1));
        at = text.indexOf('«', reopened + 1);
      } else {
        at = reopened;
      }
      continue;
    }
    if (end === -1) break;
    found.push(quotation(text, at, end + 1));
    at = text.indexOf('«', end + 1);
  }
  return found;
}

/**
 * Whether the « at `mark` closes the quotation opened at `open`: it is glued to
 * a word (an opening « stands after a space) and followed by a space or
 * punctuation, and it does not open a quotation of its own (a » closing it
 * before any other «, as in `Puis« oui »`).
 */
function closesWithOpeningMark(text: string, open: number, mark: number): boolean {
  if (!/[\p{L}\p{N}.!?…]/u.test(text[mark - 1] ?? '') || !/[\p{L}\p{N}]/u.test(text.slice(open + 1, mark))) return false;
  if (!AFTER_CLOSING.test(text.slice(mark + 1))) return false;
  const end = text.indexOf('»', mark + 1);
  const next = text.indexOf('«', mark + 1);
  return end === -1 || (next !== -1 && next < end);
}

/**
 * Quotations opened by a » typed for «: the » follows a colon, or starts a
 * sentence (the text's start, or . ! ? … and a space), and a word follows it;
 * the next » closes it, with no « between and no colon ending its words (that
 * » would be another opening). Only marks left over by the « » pairs count.
 */
function reversedOpenings(text: string, pairs: readonly Quotation[]): Quotation[] {
  const loose: number[] = [];
  for (let at = text.indexOf('»'); at !== -1; at = text.indexOf('»', at + 1)) {
    if (!pairs.some((pair) => pair.start <= at && at < pair.end)) loose.push(at);
  }
  const found: Quotation[] = [];
  for (let k = 0; k + 1 < loose.length; k++) {
    const open = loose[k]!;
    const close = loose[k + 1]!;
    const words = text.slice(open + 1, close);
    if (!/(?:^|:|[.!?…]\s)\s*$/u.test(text.slice(0, open))) continue;
    // No « inside, and no colon: « » Lire aussi : … » » is a list of links, not a quotation.
    if (!/^\s*[\p{L}\p{N}]/u.test(words) || words.includes('«') || words.includes(':')) continue;
    if (!AFTER_CLOSING.test(text.slice(close + 1))) continue;
    found.push(quotation(text, open, close + 1));
    k++;
  }
  return found;
}
