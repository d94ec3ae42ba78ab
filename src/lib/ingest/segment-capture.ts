import type { RemovedKind } from '../schemas.ts';
import { articleSegments, type ArticleSegment } from './article-segments.ts';
import { isHeadingLike, isProse, stopWordDensity } from './block-shape.ts';
import { classifyBlock, type BlockClass, type Reach } from './classify-block.ts';
import { contentWords } from './content-words.ts';
import { nameBeforeRole, nameInByline } from './infer-author.ts';
import { isNameLike } from './is-name-like.ts';
import { removedRuns, type RemovedSpan } from './removed-runs.ts';
import { splitBlocks, type CaptureBlock } from './split-blocks.ts';
import { wordTokens } from './word-tokens.ts';

export type { ArticleSegment } from './article-segments.ts';
export type { RemovedSpan } from './removed-runs.ts';

/** What a block of the capture turned out to be. */
export type Role = 'article' | RemovedKind;

export interface LabeledBlock extends CaptureBlock {
  role: Role;
  /** Why: the rule that matched, or the reasoning that placed it. */
  rule: string;
}

export interface Segmentation {
  blocks: LabeledBlock[];
  /** The article's headings and paragraphs, in order. */
  article: ArticleSegment[];
  removed: RemovedSpan[];
  /** The block the capture prints as the title, if it prints one. */
  title: LabeledBlock | undefined;
  /** Whether the capture had headings and paragraphs glued on one line. */
  glued: boolean;
}

/** Below this share of the article's words, prose after a newsletter form or a byline is another article's. */
const RELATED = 0.3;
/** Below this share, a run of teaser cards at the end of the article is about other things. */
const TAIL_RELATED = 0.25;
/** Prose blocks an article has before a newsletter form or a byline can end it (a standfirst is not a body). */
const MIN_BODY = 2;
/** « Priya Natarajan » or « Priya Natarajan, Technology Correspondent ». */
const NAME_AND_ROLE = /^[^,.!?:;]{3,40}(?:,\s*[^.!?:]{2,60})?$/u;

/**
 * Splits a capture into the article and what is not article, in the spirit
 * of jusText: blocks are first judged alone (widget phrases, credits,
 * datelines; prose has stop words), then in context. The title is the
 * heading-shaped block before the first prose. The article runs from that
 * prose to the first block that closes an article (comment form, footer),
 * or that opens what follows one (newsletter form, related links, byline)
 * when no related prose comes after it; and it ends with its last prose and
 * what directly follows it. After it, removed runs of one kind; teaser cards
 * (a title repeated, a truncated excerpt) start the teasers, to the end.
 */
export function segmentCapture(capture: string, language: string): Segmentation {
  const split = splitBlocks(capture, language);
  const glued = split.glued;
  const blocks = split.blocks.flatMap((block) => (classifyBlock(block.text, language)?.kind === 'breadcrumb' ? splitRepeatedTitle(block) : [block]));
  const n = blocks.length;
  // What each block is known to be that is not article text; `undefined` is a candidate for the article.
  const classes: (BlockClass | undefined)[] = blocks.map((block) => classifyBlock(block.text, language));
  const kept: boolean[] = blocks.map(() => false);
  const notes: string[] = blocks.map(() => '');
  const mark = (i: number, kind: RemovedKind, rule: string, reach: Reach = 'inline') => {
    classes[i] = { kind, reach, rule };
  };
  const text = (i: number) => blocks[i]!.text;
  const free = (i: number) => classes[i] === undefined;
  const prose = (i: number) => free(i) && isProse(text(i), language);
  const words = (i: number) => wordTokens(text(i)).length;

  // Article text that only quotes a phrase of boilerplate (a paragraph, reported speech) is the article's, unless its neighbours say otherwise.
  const quoting = blocks.map((_, i) => classes[i]?.tentative === true && !amidBoilerplate(i));
  quoting.forEach((isQuoting, i) => {
    if (isQuoting) classes[i] = undefined;
  });

  // A short line right above a credit is the picture's caption.
  for (let i = 0; i + 1 < n; i++) {
    if (free(i) && classes[i + 1]?.kind === 'image-credit' && blocks[i + 1]!.line - blocks[i]!.line <= 1 && text(i).length <= 200) {
      mark(i, 'image-credit', 'caption above a credit');
    }
  }
  // A name beside a dateline is a byline without « Par »: « Priya Natarajan, Technology Correspondent ».
  for (let i = 0; i < n; i++) {
    const beside = [classes[i - 1]?.kind, classes[i + 1]?.kind];
    const name = text(i).split(',')[0]!;
    if (free(i) && (beside.includes('dateline') || beside.includes('byline')) && NAME_AND_ROLE.test(text(i)) && isNameLike(name, 4)) {
      mark(i, 'byline', 'name beside a dateline');
    }
  }

  const title = findTitle();
  if (title !== undefined) {
    mark(title, 'title', 'title');
    const limit = indexWhere(n, prose, title + 1);
    for (let i = 0; i < (limit === -1 ? n : limit); i++) if (free(i) && sameText(text(i), text(title))) mark(i, 'title', 'title repeated');
  }

  // Before the article: above the title is page furniture; between the
  // title and the first prose, standfirsts and headings that read as text stay.
  const first = indexWhere(n, prose, title === undefined ? 0 : title + 1);
  const start = first === -1 ? n : first;
  for (let i = 0; i < start; i++) {
    if (!free(i)) continue;
    const standfirst = title !== undefined && i > title && words(i) >= 3 && /\p{Ll}/u.test(text(i)) && contentWords(text(i), language).length < words(i);
    if (standfirst) {
      kept[i] = true;
      notes[i] = 'standfirst';
    } else {
      mark(i, 'other', 'before the article');
    }
  }

  let end = articleEnd();
  end = withoutTeaserRun(end);
  // The article ends with its last prose and what directly follows it: after boilerplate, nothing is the article's.
  const lastProse = lastIndexWhere(start, end, prose);
  if (lastProse !== -1) {
    const boilerplate = indexWhere(end, (i) => !free(i), lastProse + 1);
    if (boilerplate !== -1) end = boilerplate;
  }
  // A short paragraph at the end that starts with the byline's name is the author's biography.
  const names = blocks.flatMap((block, i) => (i < start && classes[i]?.kind === 'byline' ? [nameInByline(block.text) ?? nameBeforeRole(block.text)] : [])).filter((name) => name !== undefined);
  for (let i = end - 1; i > start && free(i) && text(i).length <= 300; i--) {
    if (names.some((name) => text(i).startsWith(`${name} `))) {
      for (let k = i; k < end; k++) if (free(k)) mark(k, 'byline', 'author’s biography');
      end = i;
      break;
    }
  }
  // A name alone after the last paragraph is the author's signature.
  const last = end - 1;
  if (last > start && free(last) && !prose(last) && words(last) >= 2 && isNameLike(text(last), 4) && contentWords(text(last), language).length === words(last)) {
    mark(last, 'byline', 'signature');
    end = last;
  }
  for (let i = start; i < end; i++) {
    if (free(i)) {
      kept[i] = true;
      notes[i] ||= 'article text';
    }
  }
  labelTrailing(end);

  const labeled: LabeledBlock[] = blocks.map((block, i) => ({
    ...block,
    role: kept[i] ? 'article' : classes[i]!.kind,
    rule: kept[i] ? notes[i]! : classes[i]!.rule,
  }));
  return {
    blocks: labeled,
    article: articleSegments(labeled, language),
    removed: removedRuns(labeled, capture),
    title: title === undefined ? undefined : labeled[title],
    glued,
  };

  /**
   * Whether a block that a rule took only tentatively is boilerplate after
   * all: beside boilerplate of its kind (a newsletter pitch above its form,
   * a cookie banner above its buttons; past other tentative blocks), at the
   * end of the capture, or at its top, before any title or paragraph.
   */
  function amidBoilerplate(i: number): boolean {
    const kind = classes[i]!.kind;
    let before = i - 1;
    while (before >= 0 && classes[before]?.tentative) before--;
    let after = i + 1;
    while (after < n && classes[after]?.tentative) after++;
    if (classes[before]?.kind === kind || classes[after]?.kind === kind || after === n) return true;
    for (let j = 0; j <= before; j++) if (free(j) && (isProse(text(j), language) || (isHeadingLike(text(j)) && words(j) >= 4))) return false;
    return true;
  }

  /**
   * The title: the last segment of a breadcrumb when the next block repeats
   * it; else the heading-shaped block before the first prose with the most
   * words (a copy of it nearby counts for ten), unless it is the subtitle of
   * the block right above it (longer, wordier).
   */
  function findTitle(): number | undefined {
    const crumb = indexWhere(Math.min(n, 8), (i) => classes[i]?.kind === 'breadcrumb');
    if (crumb !== -1) {
      const next = indexWhere(n, free, crumb + 1);
      if (next !== -1 && isHeadingLike(text(next).replace(/[?!]$/u, '')) && sameText(text(crumb).slice(-text(next).length), text(next))) return next;
    }
    const firstProse = indexWhere(n, prose);
    const limit = firstProse === -1 ? Math.min(n, 10) : firstProse;
    // How many blocks near the top print each text: a title's copy counts for it.
    const copies = new Map<string, number>();
    for (let j = 0; j < Math.min(n, limit + 2); j++) copies.set(folded(text(j)), (copies.get(folded(text(j))) ?? 0) + 1);
    const score = (i: number) => Math.min(words(i), 20) + ((copies.get(folded(text(i))) ?? 0) > 1 ? 10 : 0);
    let best = -1;
    for (let i = 0; i < limit; i++) {
      if (free(i) && isHeadingLike(text(i)) && words(i) >= 2 && (best === -1 || score(i) > score(best))) best = i;
    }
    if (best === -1) return undefined;
    const above = best - 1;
    const isSubtitle =
      above >= 0 &&
      free(above) &&
      isHeadingLike(text(above)) &&
      words(above) >= 4 &&
      words(best) >= Math.max(13, words(above) + 3) &&
      stopWordDensity(text(best), language) > stopWordDensity(text(above), language);
    return isSubtitle ? above : best;
  }

  /** Where the article stops: the first block that closes it, or opens what follows it with no related prose after. */
  function articleEnd(): number {
    const vocabulary = new Set<string>(title === undefined ? [] : contentWords(text(title), language));
    let proseSeen = 0;
    // The next prose after the block: marking blocks makes none prose, so it holds until the loop passes it (and none stays none).
    let next: number | undefined;
    for (let i = start; i < n; i++) {
      const c = classes[i];
      if (c === undefined) {
        if (prose(i)) {
          proseSeen++;
          for (const word of contentWords(text(i), language)) vocabulary.add(word);
        }
        continue;
      }
      // Until the article has a body, bylines and forms belong to its header.
      if (c.reach === 'inline' || (c.reach === 'section' && proseSeen < MIN_BODY)) continue;
      if (next === undefined || (next !== -1 && next <= i)) next = indexWhere(n, prose, i + 1);
      if (c.reach === 'closes' || next === -1 || (relatedness(next, vocabulary) < RELATED && !resumesArticle(c, i, next))) {
        let end = i;
        // A byline followed by another subject's prose is a teaser card: its title stands right above it.
        if (c.kind === 'byline' && next !== -1) while (end - 1 > start && free(end - 1) && !prose(end - 1) && isHeadingLike(text(end - 1))) end--;
        return end;
      }
      // The article goes on: what stands between is part of the widget, but a heading right before the prose is the article's.
      for (let k = i + 1; k < next; k++) {
        const sectionHeading = k === next - 1 && c.kind !== 'teasers' && isHeadingLike(text(k));
        if (free(k) && !sectionHeading) mark(k, c.kind, `part of the ${c.kind} block`);
      }
    }
    return n;
  }

  /** The share of the words of the next prose blocks (up to three, before the next form) that the article has used. */
  function relatedness(from: number, vocabulary: ReadonlySet<string>): number {
    const found: string[] = [];
    for (let j = from, seen = 0; j < n && seen < 3; j++) {
      if (classes[j] !== undefined && classes[j]!.reach !== 'inline') break;
      if (prose(j)) {
        found.push(...contentWords(text(j), language));
        seen++;
      }
    }
    return found.length === 0 ? 0 : found.filter((word) => vocabulary.has(word)).length / found.length;
  }

  /**
   * Whether the prose after a newsletter form, a promotion or a box of
   * related links is the article going on although it shares few words
   * with it so far (a quote, a new section): it is whole, not a truncated
   * excerpt; nothing between looks like a teaser card (a line repeated, a
   * byline or a date); and after a box of links, it is not itself the
   * excerpt of a card (a title follows it).
   */
  function resumesArticle(c: BlockClass, marker: number, next: number): boolean {
    if (c.kind !== 'newsletter' && c.kind !== 'promotion' && c.kind !== 'teasers') return false;
    if (isTruncated(text(next))) return false;
    if (c.kind === 'teasers' && next + 1 < n && free(next + 1) && !prose(next + 1)) return false;
    const seen = new Set<string>();
    for (let k = marker + 1; k <= next; k++) {
      if ((k < next && isCardMark(k)) || seen.has(folded(text(k)))) return false;
      seen.add(folded(text(k)));
    }
    return true;
  }

  /**
   * Where a run of other articles' teasers starts at the end of the article
   * when no heading announces it: two or more cards (a title, then a byline,
   * a date, the title again or a truncated excerpt) whose words the article
   * before them hardly uses.
   */
  function withoutTeaserRun(to: number): number {
    let proseBefore = 0;
    for (let h = start; h < to; h++) {
      if (prose(h)) proseBefore++;
      if (proseBefore <= MIN_BODY || !isCardTitle(h)) continue;
      let cards = 0;
      let i = h;
      while (i < to && isCardTitle(i)) {
        const cardTitle = text(i);
        let signed = false;
        for (i++; i < to && (isCardMark(i) || (free(i) && sameText(text(i), cardTitle))); i++) signed = true;
        if (i < to && prose(i)) signed = isTruncated(text(i++)) || signed;
        for (; i < to && isCardMark(i); i++) signed = true;
        if (!signed) break;
        cards++;
      }
      if (i !== to || cards < 2) continue;
      const known = new Set<string>(title === undefined ? [] : contentWords(text(title), language));
      for (let k = start; k < h; k++) if (prose(k)) for (const word of contentWords(text(k), language)) known.add(word);
      const tail = blocks.slice(h, to).flatMap((block, k) => (free(h + k) ? contentWords(block.text, language) : []));
      if (tail.length > 0 && tail.filter((word) => known.has(word)).length / tail.length < TAIL_RELATED) return h;
    }
    return to;
  }

  function isCardTitle(i: number): boolean {
    return free(i) && !prose(i) && isHeadingLike(text(i)) && words(i) >= 3;
  }

  function isCardMark(i: number): boolean {
    return classes[i]?.kind === 'byline' || classes[i]?.kind === 'dateline';
  }

  /**
   * After the article, each block is removed with the kind it was found to
   * be; others join the run before them (the run after them when that is the
   * footer, which starts with a logo or a tagline). The first teaser card (a
   * title repeated, or a title over unrelated prose) starts the teasers, to
   * the end.
   */
  function labelTrailing(from: number): void {
    const vocabulary = new Set<string>();
    for (let i = 0; i < from; i++) if (kept[i] || i === title) for (const word of contentWords(text(i), language)) vocabulary.add(word);
    let current: RemovedKind = classes[from]?.kind ?? 'other';
    let teasers = false;
    // The next block known to be something, and the next free one, after each: the loop marks only the block it is at.
    const nextKnown: number[] = [];
    const nextFree: number[] = [];
    for (let j = n - 1, known = -1, free = -1; j >= from; j--) {
      [nextKnown[j], nextFree[j]] = [known, free];
      if (classes[j] === undefined) free = j;
      else known = j;
    }
    for (let i = from; i < n; i++) {
      if (teasers) {
        mark(i, 'teasers', 'after the article: related articles');
        continue;
      }
      const c = classes[i];
      if (c !== undefined) {
        current = c.kind;
        continue;
      }
      if (isTeaserCard(i, nextFree[i]!, vocabulary)) {
        teasers = true;
        mark(i, 'teasers', 'after the article: related articles');
        continue;
      }
      const kind = nextKnown[i] !== -1 && classes[nextKnown[i]!]!.kind === 'footer' ? 'footer' : current;
      mark(i, kind, `after the article: part of the ${kind} block`);
    }
  }

  /** Whether block `i` is a teaser card; `next`: the next free block after it. */
  function isTeaserCard(i: number, next: number, vocabulary: ReadonlySet<string>): boolean {
    if ((!isHeadingLike(text(i)) && !prose(i)) || words(i) < 4) return false;
    for (let j = i + 1; j < Math.min(n, i + 4); j++) if (sameText(text(j), text(i))) return true;
    return isHeadingLike(text(i)) && next !== -1 && prose(next) && relatedness(next, vocabulary) < RELATED;
  }
}

/**
 * A breadcrumb whose last part runs into the title, printed again:
 * `Accueil/Tech/Musk veut OpenAI Musk veut OpenAI` → the breadcrumb
 * `Accueil/Tech/Musk veut OpenAI`, then the title `Musk veut OpenAI`.
 */
function splitRepeatedTitle(block: CaptureBlock): CaptureBlock[] {
  const tail = block.text.slice(Math.max(...['/', '>', '›', '»', '|'].map((separator) => block.text.lastIndexOf(separator))) + 1);
  const words = [...tail.matchAll(/\S+/gu)];
  if (words.length < 2 || words.length % 2 !== 0) return [block];
  const half = words.length / 2;
  if (words.slice(0, half).some((word, i) => word[0] !== words[half + i]![0])) return [block];
  const cut = block.text.length - tail.length + words[half]!.index!;
  const crumbEnd = block.text.slice(0, cut).trimEnd().length;
  return [
    { ...block, end: block.start + crumbEnd, text: block.text.slice(0, crumbEnd) },
    { ...block, start: block.start + cut, text: block.text.slice(cut) },
  ];
}

/** An excerpt cut short: it ends on a letter or an ellipsis, not on a sentence's end. */
function isTruncated(text: string): boolean {
  return /(?:\p{L}|…|\.\.\.)$/u.test(text.trim());
}

/** The first index from `from` to `n` (excluded) that passes `test`, or -1. */
function indexWhere(n: number, test: (i: number) => boolean, from = 0): number {
  for (let i = from; i < n; i++) if (test(i)) return i;
  return -1;
}

function lastIndexWhere(from: number, to: number, test: (i: number) => boolean): number {
  for (let i = to - 1; i >= from; i--) if (test(i)) return i;
  return -1;
}

function sameText(a: string, b: string): boolean {
  return folded(a) === folded(b);
}

/** A block's text with its white space folded, as blocks are compared. */
function folded(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
