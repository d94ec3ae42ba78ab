import { isNameLike } from './is-name-like.ts';
import type { Segmentation } from './segment-capture.ts';

export interface InferredOutlet {
  outlet: string;
  /** The clue, for the report: `domain thefrenchbot.com matches "The French Bot"`. */
  clue: string;
}

/** Words that outlets' names are made of, to split a domain name such as `letechobservateur`. */
const MEDIA_WORDS =
  'le la les l the un une de du des et and en actu actus info infos news post tech techno journal monde times daily hebdo presse press media medias digital digi numerique science sciences web mag magazine tribune courrier express point echo echos obs observateur observer nouvel nouvelle nouvelles libre parisien figaro liberation france inter radio tv tele blog bot french francais strateges stratege review revue gazette herald chronicle report reporter wire today weekly online guardian telegraph insider business eco economie finance capital auto sport sports culture futur future ia ai data lab labs hub zone planet planete world global local region ouest est nord sud sud-ouest matin soir midi dimanche vingt minutes direct live'.split(
    ' ',
  );
const PARTICLES = new Set(['de', 'du', 'des', 'la', 'le', 'les', "l'", 'l’', 'd', 'et', 'and', '&', 'of', 'the']);
/** French contractions before a name: « au Courrier des Stratèges » is « Le Courrier des Stratèges ». */
const CONTRACTIONS: Record<string, string> = { au: 'Le', aux: 'Les', du: 'Le', des: 'Les' };

const squash = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/gu, '');

/**
 * The outlet that published the capture, from the clues a page leaves: a
 * name in the text that spells a domain of the capture (`thefrenchbot.com`,
 * « The French Bot »), a wire agency in the dateline, a copyright line, an
 * « À propos de … » block, a newsletter or community line (« S'abonner au
 * Courrier des Stratèges »), a picture credit (« Crédits : Sciencepost/… »),
 * or the domain itself.
 */
export function inferOutlet(capture: string, segmentation: Pick<Segmentation, 'blocks' | 'article'>): InferredOutlet {
  const domains = [...capture.matchAll(/(?:https?:\/\/|\bwww\.)([a-z0-9-]+(?:\.[a-z0-9-]+)+)/giu)].map((match) => match[1]!.toLowerCase().replace(/^www\./u, ''));
  for (const domain of domains) {
    const name = nameSpelling(capture, domainLabel(domain));
    if (name) return { outlet: name, clue: `domain ${domain} matches "${name}"` };
  }
  const firstParagraph = segmentation.article.find((segment) => !segment.heading);
  if (firstParagraph) {
    const opening = capture.slice(firstParagraph.start, Math.min(firstParagraph.end, firstParagraph.start + 160));
    const wire = /\(([\p{Lu}][\p{L}&. -]{1,30})\)\s*[-–—]/u.exec(opening);
    if (wire) return { outlet: unshout(wire[1]!.trim()), clue: `wire dateline "(${wire[1]})"` };
  }
  const removed = segmentation.blocks.filter((block) => block.role !== 'article').map((block) => block.text.replace(/\s+/gu, ' ').trim());
  for (const text of removed) {
    const copyright = /(?:©|\b[Cc]opyright\b|\bCOPYRIGHT\b)\s*(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\s*)?(?:by\s+)?(\p{Lu}[\p{L}\d&'’ .-]{1,50}?)(?:\s*[.,|–—-]\s|\.?$|\s+(?:[Tt]ous|[Aa]ll|\(|-))/u.exec(text);
    const name = copyright?.[1]!.replace(/(?:\s+(?:19|20)\d{2})+$/u, '').trim();
    if (name && !/^(?:tous|all|copyright)\b/iu.test(name)) return { outlet: name, clue: `copyright line "${clip(text)}"` };
  }
  for (const text of removed) {
    const about = /^(?:[ÀàAa] propos de|[Aa]bout)\s+(\p{Lu}.*)$/u.exec(text);
    if (about) return { outlet: about[1]!.replace(/[\s:.]+$/u, ''), clue: `"${clip(text)}"` };
  }
  for (const text of removed) {
    const name = brandInWidget(text);
    if (name) return { outlet: name, clue: `"${clip(text)}"` };
  }
  // The masthead: a name standing alone above the title, as sites print their own.
  const titleIndex = segmentation.blocks.findIndex((block) => block.role === 'title');
  const masthead = segmentation.blocks
    .slice(0, Math.max(0, titleIndex))
    .find((block) => block.role === 'other' && block.rule === 'before the article' && block.text.trim().split(/\s+/u).length >= 2 && isNameLike(block.text, 5));
  if (masthead) return { outlet: masthead.text.trim(), clue: `masthead "${clip(masthead.text.trim())}"` };
  // A single word is a masthead only as the first line, right above the site's menu (« Medium », « Sign in »).
  const [logo, menu] = segmentation.blocks;
  if (logo && menu && logo !== segmentation.blocks[titleIndex] && /^\p{Lu}[\p{L}\d'’-]+$/u.test(logo.text.trim()) && logo.role === 'other' && menu.role === 'other' && menu.rule === 'navigation') {
    return { outlet: logo.text.trim(), clue: `masthead "${logo.text.trim()}" above the menu` };
  }
  for (const text of removed) {
    const credit = /(?:[Cc]rédits?|[Cc]redits?|[Pp]hoto|[Ii]mage)\s*:\s*(\p{Lu}[\p{L}\d.-]+)\s*\//u.exec(text);
    if (credit) return { outlet: credit[1]!, clue: `picture credit "${clip(text)}"` };
  }
  for (const domain of domains) {
    const label = domainLabel(domain);
    const words = splitIntoWords(label);
    const outlet = words ? titleCase(words) : label.charAt(0).toUpperCase() + label.slice(1);
    return { outlet, clue: `domain ${domain}` };
  }
  return { outlet: 'Source inconnue', clue: 'no clue in the capture' };
}

/** « BUSINESS WIRE » reads « Business Wire »; acronyms (AFP, AP) stay. */
const unshout = (name: string) => (name.length > 4 && name === name.toUpperCase() ? titleCase(name.toLowerCase().split(/\s+/u)) : name);

const clip = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text);

/** The part of a domain that names the site: `www.lemonde.fr` → `lemonde`, `news.bbc.co.uk` → `bbc`. */
function domainLabel(domain: string): string {
  const parts = domain.split('.');
  const secondLevel = parts.length >= 3 && /^(?:co|com|org|net|gouv|gov|ac)$/u.test(parts.at(-2)!);
  return parts.at(secondLevel ? -3 : -2) ?? parts[0]!;
}

/** How the capture spells a squashed name (`thefrenchbot` → « The French Bot »), preferring mixed case. */
function nameSpelling(capture: string, label: string): string | undefined {
  const target = squash(label);
  if (target.length < 3) return undefined;
  const tokens = capture.split(/\s+/u).map((token) => token.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '')).filter(Boolean);
  const found = new Map<string, number>();
  for (let i = 0; i < tokens.length; i++) {
    let joined = '';
    for (let k = i; k < Math.min(tokens.length, i + 5); k++) {
      joined += squash(tokens[k]!);
      if (joined.length > target.length) break;
      if (joined === target) {
        const phrase = tokens.slice(i, k + 1).join(' ');
        if (/\p{Lu}/u.test(phrase)) found.set(phrase, (found.get(phrase) ?? 0) + 1);
        break;
      }
    }
  }
  const spellings = [...found.keys()];
  const mixed = spellings.filter((phrase) => phrase !== phrase.toUpperCase() && phrase.split(' ').every((word) => /^\p{Lu}/u.test(word) || PARTICLES.has(word.toLowerCase())));
  if (mixed.length > 0) return mixed.sort((a, b) => found.get(b)! - found.get(a)! || b.split(' ').length - a.split(' ').length)[0];
  // Only capitals: « LONGREAD QUARTERLY » reads « Longread Quarterly »; one run-on word is split into known words.
  const spaced = spellings.find((phrase) => phrase.includes(' '));
  if (spaced) return titleCase(spaced.toLowerCase().split(' '));
  if (spellings.length > 0) {
    const words = splitIntoWords(label);
    return words ? titleCase(words) : undefined;
  }
  return undefined;
}

/** Splits a squashed name into known words: `letechobservateur` → `le tech observateur`. */
function splitIntoWords(label: string): string[] | undefined {
  const text = squash(label);
  const known = new Set(MEDIA_WORDS.map(squash));
  const best: (string[] | undefined)[] = [[]];
  for (let end = 1; end <= text.length; end++) {
    for (let start = 0; start < end; start++) {
      const head = best[start];
      const word = text.slice(start, end);
      if (head && known.has(word) && (!best[end] || best[end]!.length > head.length + 1)) best[end] = [...head, word];
    }
  }
  const words = best[text.length];
  return words && words.length > 1 ? words : undefined;
}

function titleCase(words: string[]): string {
  return words.map((word, i) => (i > 0 && PARTICLES.has(word) && word !== 'le' && word !== 'la' ? word : word.charAt(0).toUpperCase() + word.slice(1))).join(' ');
}

/** A brand named in a newsletter, community or promotional line: « S'abonner au Courrier des Stratèges ». */
function brandInWidget(text: string): string | undefined {
  const intro =
    /(?:s['’]abonner|abonnez-vous|inscrivez-vous|rejoignez|subscribe|sign up|appelez[- ]nous|contactez[- ]nous)\s+(?:gratuitement\s+)?(?:(à|au|aux|to)\s+)?(?:(?:la |the )?newsletter (?:de |du |d['’]|of )?)?(?:(?:la |the )?(?:communauté|community|équipe|team)\s+(?:de\s+|of\s+)?)?|(?:communauté|community|l['’]équipe|the team at)\s+(?:de\s+)?/iu.exec(text);
  if (!intro) return undefined;
  // Case matters from here: the name is a run of capitalised words and particles.
  const match = /^\p{Lu}[\p{L}\d'’-]*(?:\s+(?:\p{Lu}[\p{L}\d'’-]*|des|de|du|la|le|of|the|&))*/u.exec(text.slice(intro.index + intro[0].length));
  if (!match) return undefined;
  let name = match[0].replace(/(?:\s+(?:des|de|du|la|le|of|the|&))+$/u, '');
  // Imperatives and widget words are not names (« Enter your Email »).
  if (/^(?:Enter|Email|E-mail|Newsletter|Inscription|Votre|Your)$/u.test(name.split(' ')[0]!)) return undefined;
  const contraction = intro[1]?.toLowerCase();
  if (contraction && CONTRACTIONS[contraction]) name = `${CONTRACTIONS[contraction]} ${name}`;
  return name;
}
